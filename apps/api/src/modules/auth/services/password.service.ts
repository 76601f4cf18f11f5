import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane): about 30–60 ms here,
 * slow for a guesser and cheap enough for a sign-in page.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      // A malformed stored hash must never let anyone in.
      return false;
    }
  }

  /** True when a stored hash was made with weaker parameters than today's and should be replaced. */
  needsRehash(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, OPTIONS);
    } catch {
      return true;
    }
  }

  /**
   * Spends the same work as a real verification, so an unknown e-mail answers as slowly as a
   * wrong password.
   */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('commons-dummy-password-for-timing');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
