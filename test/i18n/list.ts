// Prints every typed-in word the catalog test would report (`files` for just the file names), so
// whoever translates a file can see what is left in it: npx tsx test/i18n/list.ts [files]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MESSAGE_AREAS } from '@/lib/i18n/areas';
import { ROOT, flattenKeys, hardCodedText, sourceFiles, untranslatedErrors } from '@/test/i18n/scan';
const keys = new Set(MESSAGE_AREAS.flatMap((a) => [...flattenKeys(JSON.parse(readFileSync(path.join(ROOT, 'messages/en', `${a}.json`), 'utf8')), a).keys()]));
const f = [...sourceFiles(['app', 'components'], ['.tsx']).flatMap((file) => hardCodedText(file, readFileSync(path.join(ROOT, file), 'utf8'))),
  ...sourceFiles(['lib', 'app'], ['.ts']).flatMap((file) => untranslatedErrors(file, readFileSync(path.join(ROOT, file), 'utf8'), keys))];
if (process.argv[2] === 'files') console.log([...new Set(f.map((x) => x.file))].join('\n'));
else for (const x of f) console.log(`${x.file}:${x.line} ${x.text}`);
