import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** Remembers the interface language on the person, so it follows them to every device. */
export const UpdateMyLanguageDocument = graphql(`
  mutation UpdateMyLanguage($language: Language!) {
    updateMyPreferences(input: { language: $language }) {
      id
      language
    }
  }
`);

export function useUpdateMyLanguage() {
  return useMutation(UpdateMyLanguageDocument);
}
