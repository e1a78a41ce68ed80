/** `node --import tsx collect/generate.ts`: rewrites collect/group-report.sql from the extension's lists. */
import { writeFileSync } from 'node:fs';
import { groupReportSql } from './groupReportSql';

writeFileSync(new URL('./group-report.sql', import.meta.url), groupReportSql());
