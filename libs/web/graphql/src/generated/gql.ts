/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query CurrentSession {\n    me {\n      id\n      displayName\n      role\n      language\n    }\n  }\n": typeof types.CurrentSessionDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      displayName\n      role\n      language\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query HomeGreeting {\n    me {\n      id\n      displayName\n      title\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HomeGreetingDocument,
    "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          title\n          orgUnit {\n            id\n            name\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      email\n      phone\n      createdAt\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query CurrentSession {\n    me {\n      id\n      displayName\n      role\n      language\n    }\n  }\n": types.CurrentSessionDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      displayName\n      role\n      language\n    }\n  }\n": types.LoginDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query HomeGreeting {\n    me {\n      id\n      displayName\n      title\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n      }\n    }\n  }\n": types.HomeGreetingDocument,
    "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          title\n          orgUnit {\n            id\n            name\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      email\n      phone\n      createdAt\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n": types.PersonProfileDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": types.UpdateMyLanguageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentSession {\n    me {\n      id\n      displayName\n      role\n      language\n    }\n  }\n"): (typeof documents)["\n  query CurrentSession {\n    me {\n      id\n      displayName\n      role\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      displayName\n      role\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      displayName\n      role\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeGreeting {\n    me {\n      id\n      displayName\n      title\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeGreeting {\n    me {\n      id\n      displayName\n      title\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          title\n          orgUnit {\n            id\n            name\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          title\n          orgUnit {\n            id\n            name\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      email\n      phone\n      createdAt\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      email\n      phone\n      createdAt\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;