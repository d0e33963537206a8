/** The languages mou speaks. Vietnamese is the default: the users are Vietnamese planning officers. */
export const langs = ["vi", "en"] as const;
export type Lang = (typeof langs)[number];
export const DEFAULT_LANG: Lang = "vi";
