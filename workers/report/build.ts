// buildReport(doc, results, options) → ReportModel: the report's content as data, in the order an
// engineer reads it. Optional studies (redundancy, transients, sufficiency) add their sections only
// when given. Pure: no DOM, no I/O.
import type { HallDocument } from '../model/schema';
import type { ReportModel, Section } from './model';
import type { ReportOptions, ReportResults } from './inputs';
import { coverSection, criteriaSection, hallSection, summarySection } from './sections-front';
import { airSection, liquidSection } from './sections-results';
import { redundancySection, scenariosSection, sufficiencySection, transientsSection } from './sections-studies';
import { appendixSection, assumptionsSection, methodsSection, warningsSection } from './sections-back';

export function buildReport(doc: HallDocument, results: ReportResults, options: ReportOptions): ReportModel {
  const sections = [
    coverSection(doc, options), summarySection(doc, results), criteriaSection(doc, results), hallSection(doc, results),
    airSection(doc, results), liquidSection(doc, results), redundancySection(results), scenariosSection(doc),
    transientsSection(results), sufficiencySection(doc, results), assumptionsSection(doc, results), methodsSection(doc, results),
    warningsSection(doc, results), appendixSection(doc, results),
  ].filter((s): s is Section => s !== null);
  const m = doc.meta;
  return {
    meta: { project: m.name, client: m.client, author: options.author ?? m.author, revision: options.revision ?? m.revision, date: options.date, notes: m.notes,
      pageSize: options.pageSize, unitSystem: doc.unitSystem },
    sections,
  };
}
