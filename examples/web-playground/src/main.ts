import { createWorkerAnalyzer, HIGHLIGHTS_CSS, htmlToArticle, isPresslensError, renderHighlights, type Analysis, type ArticleInput } from '@presslens/web';
import seedArticle from '../../articles/putin-istanbul-talks.txt?raw';
import './style.css';

const SEED_PUBLISHED = '2025-05-15';
const LOOKS_LIKE_HTML = /^\s*<(?:!doctype|html|head|body|article|main|div|p|h[1-6]|section)\b/i;
const TYPING_DELAY_MS = 600;

const $ = <T extends HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`playground: ${selector} is missing from index.html`);
  return el;
};

const form = $<HTMLFormElement>('#input-form');
const input = $<HTMLTextAreaElement>('#article-input');
const published = $<HTMLInputElement>('#published');
const fileInput = $<HTMLInputElement>('#file');
const status = $<HTMLParagraphElement>('#status');
const view = $<HTMLElement>('#view');

// the highlight view's styles, from @presslens/web (no stylesheet from the network)
const style = document.createElement('style');
style.textContent = HIGHLIGHTS_CSS;
document.head.append(style);

// the pipeline runs in a Web Worker: the page stays responsive, and a new request cancels the last
const analyzer = createWorkerAnalyzer(new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }));
let current: AbortController | null = null;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

function mode(): 'auto' | 'text' | 'html' {
  return (form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'auto') as 'auto' | 'text' | 'html';
}

function setMode(value: 'auto' | 'text' | 'html'): void {
  const radio = form.querySelector<HTMLInputElement>(`input[name="mode"][value="${value}"]`);
  if (radio) radio.checked = true;
}

/** The article to analyse: HTML goes through Readability (parsed inert with DOMParser), text as is. */
function readInput(): ArticleInput {
  const raw = input.value;
  const asHtml = mode() === 'html' || (mode() === 'auto' && LOOKS_LIKE_HTML.test(raw));
  const article: ArticleInput = asHtml ? htmlToArticle(raw, { charThreshold: 100 }) : { text: raw };
  article.id = 'playground';
  if (published.value) article.publishedAt = published.value;
  return article;
}

function setState(state: 'empty' | 'busy' | 'done' | 'error', message: string): void {
  view.dataset.state = state;
  view.setAttribute('aria-busy', String(state === 'busy'));
  status.textContent = message;
}

function summary(analysis: Analysis, ms: number): string {
  const people = analysis.entities.filter((e) => e.type === 'PERSON').length;
  return `${people} people, ${analysis.entities.length - people} organisations, places and groups · ${analysis.attributions.length} attributions · ${analysis.claims.length} claims · ${Math.round(ms)} ms`;
}

async function run(): Promise<void> {
  clearTimeout(typingTimer);
  current?.abort();
  const controller = new AbortController();
  current = controller;
  let article: ArticleInput;
  try {
    article = readInput();
  } catch (error) {
    setState('error', `Could not read the input: ${(error as Error).message}`);
    return;
  }
  if (article.text.trim() === '') {
    view.replaceChildren();
    setState('empty', 'Paste an article, or try the example.');
    return;
  }
  setState('busy', 'Analysing…');
  const started = performance.now();
  try {
    const analysis = await analyzer.analyze(article, { signal: controller.signal });
    if (controller.signal.aborted) return;
    view.replaceChildren(renderHighlights(analysis));
    setState('done', summary(analysis, performance.now() - started));
  } catch (error) {
    if (isPresslensError(error) && error.code === 'ABORTED') return;
    setState('error', isPresslensError(error) ? `${error.code}: ${error.message}` : `The analysis failed: ${String(error)}`);
  }
}

function later(): void {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => void run(), TYPING_DELAY_MS);
}

async function loadFile(file: File): Promise<void> {
  input.value = await file.text();
  setMode(/\.html?$/i.test(file.name) || file.type === 'text/html' ? 'html' : 'auto');
  await run();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('input', later);
published.addEventListener('change', () => void run());
for (const radio of form.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', () => void run());
$<HTMLButtonElement>('#example').addEventListener('click', () => {
  input.value = seedArticle;
  published.value = SEED_PUBLISHED;
  setMode('text');
  void run();
});
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void loadFile(file);
});
form.addEventListener('dragover', (event) => {
  event.preventDefault();
  form.classList.add('dragging');
});
form.addEventListener('dragleave', () => form.classList.remove('dragging'));
form.addEventListener('drop', (event) => {
  event.preventDefault();
  form.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void loadFile(file);
});
