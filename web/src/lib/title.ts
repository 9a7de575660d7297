import { PROJECT_NAME } from "../config.js";

/** Sets the document title to `<page> - <PROJECT_NAME>`. */
export const setTitle = (page: string): void => {
  document.title = `${page} - ${PROJECT_NAME}`;
};
