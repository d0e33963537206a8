import type { AgreementStatus, CommitmentStatus } from "../core/model/agreement.js";
import type { ReviewState } from "../core/schedule/schedule.js";
import type { en } from "./en/index.js";

/**
 * Everything mou says, as one typed object per language: texts are strings, texts with values are
 * functions of named parameters. English defines the shape; each language must fill all of it.
 */
export type Catalogue = typeof en;

// The label maps must name every code of the schema's enums, in every language.
type Complete<K extends string> = Record<K, string>;
type Check<T extends true> = T;
export type LabelsAreComplete = Check<
  Catalogue["labels"]["commitmentStatus"] extends Complete<CommitmentStatus>
    ? Catalogue["labels"]["agreementStatus"] extends Complete<AgreementStatus>
      ? Catalogue["labels"]["reviewState"] extends Complete<ReviewState>
        ? true
        : false
      : false
    : false
>;
