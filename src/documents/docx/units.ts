/** Word measures in twips (1/20 pt) and type in half points. */
export const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptTwip = (pt: number): number => Math.round(pt * 20);
export const half = (pt: number): number => Math.round(pt * 2);
