// Lets TypeScript (the jest build has no Vite types) accept the side-effect import of the CSS file beside it.
export {};
