/**
 * Limits both sides enforce: the web to guide people before they submit, the API as the rule.
 * NIST SP 800-63B: a minimum length and a generous maximum, no composition rules.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const DISPLAY_NAME_MAX_LENGTH = 120;
export const TITLE_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;
export const PHONE_MAX_LENGTH = 40;
export const ORG_UNIT_NAME_MAX_LENGTH = 120;
export const LOCATION_NAME_MAX_LENGTH = 120;
export const ADDRESS_MAX_LENGTH = 300;
export const SEARCH_MAX_LENGTH = 100;

/** Page sizes for cursor-paginated lists. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
