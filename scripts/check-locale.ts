// Compares one language's resources with English, for translators: npm run check-locale -- <language>
// The test suite makes the same checks for every language (tests/unit/i18n/locales.test.ts).
import { localeProblems } from '../tests/support/locale-check';

const language = process.argv[2];
if (!language) throw new Error('usage: npm run check-locale -- <language>');
const problems = localeProblems(language);
console.log(problems.length > 0 ? problems.join('\n') : `${language}: complete`);
process.exit(problems.length > 0 ? 1 : 0);
