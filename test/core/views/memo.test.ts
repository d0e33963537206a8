import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AgreementFile } from "../../../src/core/model/agreement.js";
import { commitmentIndex } from "../../../src/core/views/commitment-index.js";
import { agreementRows } from "../../../src/core/views/list.js";
import { viewMemo } from "../../../src/core/views/memo.js";
import { portfolioView } from "../../../src/core/views/portfolio.js";
import { agreementView } from "../../../src/core/views/show.js";
import { registry } from "../../../src/data-units.js";
import { langs } from "../../../src/i18n/lang.js";
import { checkYaml, root } from "../../helpers.js";

const asOf = "2025-11-30";
// The bundled agreements (successions, English names, reviews held and missed) and the hostile fixture.
const folders = ["agreements", "test/fixtures/agenda/agreements"];
const files: AgreementFile[] = folders.flatMap((folder) =>
  readdirSync(`${root}/${folder}`)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => {
      const result = checkYaml(readFileSync(`${root}/${folder}/${name}`), name, asOf);
      if (!result.agreement) throw new Error(`${folder}/${name} is not valid`);
      return { file: `${folder}/${name}`, agreement: result.agreement };
    }),
);

describe("a memo shared by the views of a site", () => {
  for (const remind of [undefined, "P30D"]) {
    const options = { asOf, units: registry, ...(remind === undefined ? {} : { remind }) };
    it(`changes nothing any view gives, in either language (remind ${remind ?? "default"})`, () => {
      const memo = viewMemo(options);
      for (const lang of langs) {
        expect(portfolioView(files, { ...options, lang, memo })).toEqual(portfolioView(files, { ...options, lang }));
        expect(agreementRows(files, { ...options, lang, memo })).toEqual(agreementRows(files, { ...options, lang }));
        expect(commitmentIndex(files, { ...options, lang, memo })).toEqual(
          commitmentIndex(files, { ...options, lang }),
        );
        for (const { file, agreement } of files)
          expect(agreementView(file, agreement, { ...options, lang, memo })).toEqual(
            agreementView(file, agreement, { ...options, lang }),
          );
      }
    });
  }

  it("works each agreement out once and hands out the same values", () => {
    const memo = viewMemo({ asOf, units: registry });
    for (const { agreement } of files) {
      expect(memo.schedule(agreement)).toBe(memo.schedule(agreement));
      for (const lang of langs) expect(memo.shortNames(agreement, lang)).toBe(memo.shortNames(agreement, lang));
    }
  });
});
