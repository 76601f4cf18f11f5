import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom without the fetch family: react-router's data router builds a Request (with an
 * AbortSignal) for every navigation, so lend it Node's own implementations, which must match.
 */
export default class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    Object.assign(this.global, {
      Request,
      Response,
      Headers,
      FormData,
      fetch,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder,
      structuredClone,
    });
  }
}
