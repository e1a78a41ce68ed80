/** Runs collect/group-report.sql with DuckDB from npm on a folder, as a collector would with the duckdb program. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { REFUSED_FILE, REPORT_FILE } from '../../../collect/groupReportSql';

export const GROUP_REPORT_SQL = new URL('../../../collect/group-report.sql', import.meta.url);

export interface GroupReportRun {
  /** the report's CSV text, as written */
  csv: string;
  refused: { file: string; row: number | null; reason: string }[];
}

/** The script writes its two files in the current folder; here they go to `outputDir` instead. */
export async function runGroupReport(folder: string, outputDir: string, k?: number): Promise<GroupReportRun> {
  const reportPath = join(outputDir, REPORT_FILE);
  const refusedPath = join(outputDir, REFUSED_FILE);
  const sql = readFileSync(GROUP_REPORT_SQL, 'utf8')
    .replace(`TO '${REPORT_FILE}'`, `TO '${reportPath.replaceAll("'", "''")}'`)
    .replace(`TO '${REFUSED_FILE}'`, `TO '${refusedPath.replaceAll("'", "''")}'`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`SET VARIABLE folder = '${folder.replaceAll("'", "''")}'`);
    if (k !== undefined) await connection.run(`SET VARIABLE k = ${k}`);
    const statements = await connection.extractStatements(sql);
    for (let index = 0; index < statements.count; index++) {
      await (await statements.prepare(index)).run();
    }
    const refused = (await connection.runAndReadAll('SELECT file, "row", reason FROM gr_refused'))
      .getRowObjectsJson()
      .map((row) => ({
        file: String(row.file),
        row: row.row === null ? null : Number(row.row),
        reason: String(row.reason),
      }));
    return { csv: readFileSync(reportPath, 'utf8'), refused };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
