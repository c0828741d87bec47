/** Vite inlines a `?raw` import as the file's text at build time. */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
