// CSV import of a rack list: choose a file (or paste), map columns to rack fields (suggested from the
// headers, units in headers such as "Load (BTU/h)" are honoured), preview the per-row error report, import
// the good rows as one undo step.
import { useMemo, useState } from 'react';
import { useDocumentState, useDocumentStore } from '../document/context';
import { CSV_FIELDS, formatReportEntry, importRacks, parseCsv, suggestMapping, type CsvField, type CsvMapping } from '../../../workers/model/csv';
import { Modal } from './dialogs';

const FIELD_TITLES: Record<CsvField, string> = {
  name: 'Name', row: 'Row', x: 'X', y: 'Y', position: 'Position in row', rotation: 'Rotation', itLoad: 'IT load',
  cooling: 'Cooling type', liquidShare: 'Liquid share', template: 'Template', height: 'Height', width: 'Width',
  depth: 'Depth', airflow: 'Airflow',
};

export function CsvImportDialog({ onClose, onDone }: { onClose: () => void; onDone: (msg: string) => void }) {
  const store = useDocumentStore();
  const doc = useDocumentState((s) => s.doc);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const table = useMemo(() => (text ? parseCsv(text) : null), [text]);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const result = useMemo(
    () => (table ? importRacks(doc, table.rows, mapping, { system: doc.unitSystem, headers: table.headers }) : null),
    [table, mapping, doc],
  );

  const load = (t: string, name: string) => {
    setText(t);
    setFileName(name);
    const tb = parseCsv(t);
    setMapping(suggestMapping(tb.headers));
  };

  const apply = () => {
    if (!result || result.racks.length === 0) return;
    store.apply(
      `Import ${result.racks.length} racks from CSV`,
      (d) => ({ ...d, rows: [...d.rows, ...result.rows], racks: [...d.racks, ...result.racks] }),
      result.racks.map((r) => r.id),
    );
    onDone(`Imported ${result.racks.length} racks from ${fileName || 'CSV'}${result.report.length ? `, ${result.report.length} problem(s) skipped` : ''}`);
    onClose();
  };

  return (
    <Modal title="Import racks from CSV" onClose={onClose} testId="csv-dialog">
      <div className="modal-body wide">
        <input type="file" accept=".csv,text/csv,text/plain" data-testid="csv-file" onChange={async (e) => {
          const f = e.target.files?.[0];
          if (f) load(await f.text(), f.name);
        }} />
        {!table && (
          <textarea rows={6} placeholder="…or paste CSV text here (first line: headers, e.g. name,row,kW,cooling)" onChange={(e) => load(e.target.value, 'pasted text')} style={{ width: '100%' }} />
        )}
        {table && (
          <>
            <p className="muted small">{fileName}: {table.rows.length} data rows, {table.headers.length} columns.</p>
            {table.errors.map((e, i) => <p key={i} className="field-error">line {e.line}: {e.message}</p>)}
            <table className="grid">
              <thead><tr><th>Rack field</th><th>Column</th><th>Unit</th></tr></thead>
              <tbody>
                {CSV_FIELDS.map((f) => (
                  <tr key={f}>
                    <td>{FIELD_TITLES[f]}</td>
                    <td>
                      <select data-testid={`csv-map-${f}`} value={mapping[f]?.column ?? -1} onChange={(e) => {
                        const column = Number(e.target.value);
                        const next = { ...mapping };
                        if (column < 0) delete next[f];
                        else next[f] = { column, unit: suggestMapping([table.headers[column]])[f]?.unit ?? null };
                        setMapping(next);
                      }}>
                        <option value={-1}>(not imported)</option>
                        {table.headers.map((h, i) => <option key={i} value={i}>{h || `column ${i + 1}`}</option>)}
                      </select>
                    </td>
                    <td className="muted">{mapping[f]?.unit ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {result && (
              <>
                <p data-testid="csv-summary"><strong>{result.racks.length}</strong> racks ready, <strong>{result.rows.length}</strong> new rows, <strong>{result.report.length}</strong> problem(s).</p>
                {result.report.length > 0 && (
                  <ul className="problem-list" data-testid="csv-report">
                    {result.report.slice(0, 200).map((e, i) => <li key={i}>{formatReportEntry(e)}</li>)}
                  </ul>
                )}
              </>
            )}
          </>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="button" className="primary" data-testid="csv-import" disabled={!result || result.racks.length === 0} onClick={apply}>
          Import {result?.racks.length ?? 0} racks
        </button>
      </div>
    </Modal>
  );
}
