// Svelte 5 strips TypeScript itself: no preprocessor is needed.
export default {
  compilerOptions: {
    // The clickable lists set explicit table roles on purpose: their rows are laid
    // out as grid boxes (see .grid-rows in app.css), and WebKit drops the implicit
    // table semantics of elements whose display changes.
    warningFilter: (warning) => warning.code !== "a11y_no_redundant_roles",
  },
};
