/**
 * Reserved option values for "anders, namelijk …" and "weet niet / geen mening". In a module of
 * their own, without zod, so the browser bundle does not pull in the definition schema.
 */
export const OTHER_VALUE = "_anders";
export const DONT_KNOW_VALUE = "_weet_niet";
