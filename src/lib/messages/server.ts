export const serverMessages = {
  unauthorized: 'this request requires a token (Authorization: Bearer …, or ?token= in the page address)',
  forbidden: (what: string) => `your role may not see ${what}`,
  notFound: (path: string) => `no such endpoint: ${path}`,
  invalidBody: (problems: string) => `request body is invalid: ${problems}`,
  noTypingTool: 'no typing tool in this workspace yet: run `segmap typing build` or `segmap demo`',
  listening: (url: string) => `segmap is serving ${url}`,
} as const;
