// Types of typescript.js: ts-morph's `ts`, and @ts-morph/common's lib files.
export { ts } from "ts-morph";
export declare function getLibFiles(): { fileName: string; text: string }[];
