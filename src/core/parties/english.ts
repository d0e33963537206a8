import type { Lang } from "../../i18n/lang.js";
import type { Party } from "../model/agreement.js";
import { localized } from "../text/localized.js";
import { remembered } from "../text/remembered.js";

// The customary English names of the places whose English name is not simply the Vietnamese one without
// its marks ("Nghệ An" → "Nghe An"): as the central government's and the cities' own English pages write them.
const CUSTOMARY: Readonly<Record<string, string>> = {
  "Hà Nội": "Hanoi",
  "Hồ Chí Minh": "Ho Chi Minh City",
  Huế: "Hue",
};

/** Cities whose customary English name stands alone, without "City" after it. */
const ALONE = new Set(["Hanoi", "Ho Chi Minh City"]);

// The body that governs a province or city ("Ủy ban nhân dân", "UBND", "Chính quyền"…) and its level
// ("tỉnh", "thành phố", "TP."), each captured: the words Vietnamese names of provinces start with.
export const BODY = String.raw`([ỦU][ỷy] ban nhân dân|UBND|Chính quyền|Hội đồng nhân dân|HĐND)\s+`;
export const LEVEL = String.raw`(tỉnh|thành phố|TP\.?)\s*`;
const VIETNAMESE_UNIT = new RegExp(`^(?:${BODY})?${LEVEL}(.+)$`, "iu");

/** The body's English name, by the first letters of its Vietnamese one. */
function bodyName(body: string): string {
  const b = body.toLocaleLowerCase("vi");
  if (b.startsWith("ủy") || b.startsWith("uỷ") || b.startsWith("uy") || b === "ubnd") return "People's Committee";
  if (b.startsWith("hội") || b === "hđnd") return "People's Council";
  return "Government";
}

/** "Nghệ An" → "Nghe An": Vietnamese letters without their marks, đ as d, capitals kept. */
export function withoutMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/**
 * A Vietnamese place in English: "Nghệ An" → "Nghe An", "Hà Nội" → "Hanoi", "Hồ Chí Minh" → "Ho Chi Minh City".
 * Remembered: an English page names the same few places thousands of times, each two Unicode normalisations.
 */
export const englishPlace = remembered((place: string): string => {
  const bare = place.replace(/^(?:TP\.|Tỉnh|Thành phố)\s+/u, "").trim();
  // Own keys only: a place called "constructor" is no built-in of Object.
  return Object.hasOwn(CUSTOMARY, bare) ? CUSTOMARY[bare]! : withoutMarks(bare);
});

/** A provincial unit's full English name: "Nghe An Province", "Da Nang City", "Hanoi". */
export function englishUnitName(place: string, kind: "province" | "city"): string {
  const english = englishPlace(place);
  if (kind === "province") return `${english} Province`;
  return ALONE.has(english) ? english : `${english} City`;
}

/**
 * A Vietnamese provincial name in English, if it is one: "Tỉnh Nghệ An" → "Nghe An Province", "UBND tỉnh
 * Nghệ An" → "People's Committee of Nghe An Province", "Thành phố Hồ Chí Minh" → "Ho Chi Minh City".
 * Undefined for any other name, which then stays as written.
 */
export const englishProvincialName = remembered((name: string): string | undefined => {
  const match = VIETNAMESE_UNIT.exec(name.trim());
  if (!match) return undefined;
  const [, body, level, place] = match as unknown as [string, string | undefined, string, string];
  if (/[,(]/u.test(place)) return undefined;
  const unit = englishUnitName(place, level.toLocaleLowerCase("vi") === "tỉnh" ? "province" : "city");
  return body === undefined ? unit : `${bodyName(body)} of ${unit}`;
});

/** A party that is a Vietnamese province or city: it names its unit, or says it is one. */
export const isVietnameseUnit = (party: Party): boolean =>
  party.unit !== undefined || party.type === "province" || party.type === "city";

/**
 * A party's full name in `lang`: the `lang` side of a {vi, en} name; in English, a Vietnamese province or
 * city written only in Vietnamese is named in English ("Tỉnh Nghệ An" → "Nghe An Province"); any other
 * name as written.
 */
export function partyName(party: Party, lang: Lang): string {
  if (typeof party.name !== "string") return localized(party.name, lang);
  if (lang === "en" && isVietnameseUnit(party)) return englishProvincialName(party.name) ?? party.name;
  return party.name;
}

/** The name a party has in Vietnamese (its own, or the Vietnamese side of {vi, en}). */
export const vietnameseName = (party: Party): string => localized(party.name, "vi");

/** Every name a party is written with, for searching: both sides of {vi, en}. */
export const allNames = (party: Party): string[] =>
  typeof party.name === "string" ? [party.name] : [party.name.vi, party.name.en].filter((n) => n !== undefined);
