import { convertMillimetersToTwip } from "docx";

/** Word measures in twips (1/20 pt) and type in half points. */
export const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
export const ptTwip = (pt: number): number => Math.round(pt * 20);
export const half = (pt: number): number => Math.round(pt * 2);
