// Reads the source the way a translator's checker would: which translation keys the code uses, and
// which words a person would read that were typed straight into a component instead of a message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function sourceFiles(dirs: string[], extensions: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.some((ext) => name.endsWith(ext)) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const dir of dirs) walk(path.join(ROOT, dir));
  return files.map((file) => path.relative(ROOT, file)).sort();
}

export function flattenKeys(messages: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  if (typeof messages !== 'object' || messages === null) return keys;
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(full, value);
    else for (const [k, v] of flattenKeys(value, full)) keys.set(k, v);
  }
  return keys;
}

/** The ICU arguments a message takes ({name}, {count, plural, …}), so translations can be compared. */
export function messageArguments(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

export interface KeyUse {
  /** Whole keys: t('nav.explore') under namespace 'common' is 'common.nav.explore'. */
  exact: Set<string>;
  /** Keys built at run time from a known start: t(`status.${s}`) uses every key under 'ns.status.'. */
  prefixes: Set<string>;
}

/** `useTranslations('ns')` / `await getTranslations('ns')` / `getTranslations({ namespace: 'ns' })`: the namespace, else null. */
function translatorNamespace(node: ts.Expression | undefined): string | null {
  let current = node;
  while (current && (ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current))) current = current.expression;
  if (!current || !ts.isCallExpression(current) || !ts.isIdentifier(current.expression)) return null;
  if (!['useTranslations', 'getTranslations'].includes(current.expression.text)) return null;
  const [argument] = current.arguments;
  if (!argument) return '';
  if (ts.isStringLiteral(argument)) return argument.text;
  if (ts.isObjectLiteralExpression(argument)) {
    const namespace = argument.properties.find((property) => ts.isPropertyAssignment(property) && property.name.getText() === 'namespace');
    return namespace && ts.isPropertyAssignment(namespace) && ts.isStringLiteral(namespace.initializer) ? namespace.initializer.text : '';
  }
  return '';
}

/** Every key the code asks for, from calls on translators and from key-shaped string literals. */
export function keysUsedIn(source: string, knownKeys: Set<string>): KeyUse {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const sourceFile = ts.createSourceFile('file.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const namespaces = new Map<string, string>();
  const bind = (name: ts.BindingName, initializer: ts.Expression | undefined) => {
    const namespace = translatorNamespace(initializer);
    if (namespace !== null && ts.isIdentifier(name)) namespaces.set(name.text, namespace);
    // const [a, t] = await Promise.all([load(), getTranslations('ns')])
    let all = initializer;
    while (all && (ts.isAwaitExpression(all) || ts.isParenthesizedExpression(all))) all = all.expression;
    if (ts.isArrayBindingPattern(name) && all && ts.isCallExpression(all) && all.expression.getText(sourceFile) === 'Promise.all' && all.arguments[0] && ts.isArrayLiteralExpression(all.arguments[0])) {
      const elements = all.arguments[0].elements;
      name.elements.forEach((element, index) => {
        if (ts.isBindingElement(element)) bind(element.name, elements[index]);
      });
    }
  };
  const use = (namespace: string, argument: ts.Expression | undefined) => {
    const join = (key: string) => (namespace ? `${namespace}.${key}` : key);
    if (argument && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))) exact.add(join(argument.text));
    else if (argument && ts.isTemplateExpression(argument)) prefixes.add(join(argument.head.text));
  };
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node)) bind(node.name, node.initializer);
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) && ['rich', 'markup', 'raw', 'has'].includes(node.expression.name.text) ? node.expression.expression : node.expression;
      const direct = translatorNamespace(callee as ts.Expression);
      if (ts.isIdentifier(callee) && namespaces.has(callee.text)) use(namespaces.get(callee.text)!, node.arguments[0]);
      else if (direct !== null) use(direct, node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  // Keys handed around as values (a DomainError's message, an inbox card's key, a status label map).
  for (const literal of source.matchAll(/['"`]([a-z]\w*(?:\.\w+)+)['"`]/g)) if (knownKeys.has(literal[1]!)) exact.add(literal[1]!);
  for (const template of source.matchAll(/`([a-z]\w*(?:\.\w+)*\.)\$\{/g)) prefixes.add(template[1]!);
  return { exact, prefixes };
}

/** Attributes a person never reads; any other attribute with words in it is user-visible text. */
const INVISIBLE_ATTRIBUTES = new Set([
  'className', 'href', 'src', 'type', 'name', 'id', 'role', 'htmlFor', 'method', 'autoComplete', 'inputMode', 'pattern', 'rel',
  'target', 'key', 'variant', 'size', 'tone', 'as', 'encType', 'lang', 'dir', 'sizes', 'accept', 'form', 'enterKeyHint',
  'autoCapitalize', 'spellCheck', 'value', 'defaultValue', 'icon', 'count', 'kind', 'mode', 'step', 'min', 'max', 'prefetch',
  'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-live', 'aria-current', 'aria-haspopup', 'aria-hidden',
  'aria-expanded', 'aria-invalid', 'aria-busy', 'aria-modal', 'aria-atomic', 'aria-relevant', 'aria-orientation', 'aria-sort',
  'loading', 'decoding', 'fetchPriority', 'crossOrigin', 'referrerPolicy', 'sandbox', 'allow', 'scope', 'headers', 'wrap',
  'field', 'section', 'area', 'namespace', 'event', 'topic', 'status', 'currency', 'format', 'layout', 'side', 'align', 'placement',
  'path', 'd', 'viewBox', 'fill', 'stroke', 'strokeWidth', 'strokeLinecap', 'strokeLinejoin', 'xmlns', 'fillRule', 'clipRule',
  'transform', 'points', 'tabIndex', 'style', 'action', 'formAction', 'capture', 'list', 'hrefLang', 'media', 'sizes', 'srcSet',
]);
/** Words that are the same in every language. */
const UNTRANSLATED_WORDS = new Set(['Hashcart', '#buy', 'Stripe', 'SKU', 'OK', 'CSV', 'SHA-256', 'HMAC-SHA256', 'PaymentIntent', 'UTC']);

function hasWords(text: string): boolean {
  const trimmed = text.trim();
  return /\p{L}{2,}/u.test(trimmed) && !UNTRANSLATED_WORDS.has(trimmed);
}

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Words typed into JSX: text nodes, visible attributes, and string literals rendered as children. */
export function hardCodedText(file: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    findings.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1, text: text.trim().slice(0, 80) });
  const renderedLiteral = (node: ts.Node): boolean => {
    // A string literal reaches the page when it is a JSX child, directly or through ?: / && / ??.
    let current: ts.Node = node;
    while (ts.isConditionalExpression(current.parent) || ts.isBinaryExpression(current.parent) || ts.isParenthesizedExpression(current.parent)) {
      if (ts.isConditionalExpression(current.parent) && current.parent.condition === current) return false;
      if (ts.isBinaryExpression(current.parent) && ![ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(current.parent.operatorToken.kind)) return false;
      current = current.parent;
    }
    return ts.isJsxExpression(current.parent) && !ts.isJsxAttribute(current.parent.parent);
  };
  // Code a reader copies (a file name, a command) reads the same in every language.
  const inCode = (node: ts.Node) =>
    ts.isJsxElement(node.parent) && ['code', 'kbd', 'samp', 'pre'].includes(node.parent.openingElement.tagName.getText(sourceFile));
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text) && !inCode(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sourceFile);
      const visible = !INVISIBLE_ATTRIBUTES.has(name) && !name.startsWith('data-') && !name.startsWith('on');
      const literal = ts.isStringLiteral(node.initializer)
        ? node.initializer
        : ts.isJsxExpression(node.initializer) && node.initializer.expression && (ts.isStringLiteral(node.initializer.expression) || ts.isNoSubstitutionTemplateLiteral(node.initializer.expression))
          ? node.initializer.expression
          : null;
      if (visible && literal && hasWords(literal.text) && /[A-Z\s]/.test(literal.text)) report(node, `${name}="${literal.text}"`);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && hasWords(node.text) && renderedLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node) && renderedLiteral(node) && hasWords(node.head.text + node.templateSpans.map((span) => span.literal.text).join(' '))) report(node, node.getText(sourceFile));
    else if (ts.isVariableDeclaration(node) && node.name.getText(sourceFile) === 'metadata' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (ts.isPropertyAssignment(property) && ['title', 'description'].includes(property.name.getText(sourceFile)) && ts.isStringLiteral(property.initializer) && hasWords(property.initializer.text)) {
          report(property, property.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

/** `new DomainError(code, 'English words')`: a refusal a person reads that is not a message key. */
export function untranslatedErrors(file: string, source: string, knownKeys: Set<string>): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText(sourceFile) === 'DomainError') {
      const message = node.arguments?.[1];
      if (message && (ts.isStringLiteral(message) || ts.isNoSubstitutionTemplateLiteral(message) || ts.isTemplateExpression(message))) {
        const text = ts.isTemplateExpression(message) ? message.getText(sourceFile) : message.text;
        if (!knownKeys.has(text)) findings.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1, text: text.slice(0, 80) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}
