// mpts init [dir]: a ready project for VS Code. src/main.ts (Wi-Fi and a page of
// pin levels), a tsconfig wired to the board typings and to mpts's language
// service plugin, npm scripts, VS Code tasks whose errors are clickable, and the
// workspace TypeScript (VS Code loads tsconfig plugins only from it). Every file
// is formatted with prettier. Existing files are kept unless --force.
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "../typescript.js";
import { packageRoot } from "../paths.js";
import * as colors from "./colors.js";

export interface InitOptions {
  force?: boolean;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

const templates = path.join(packageRoot, "compiler/templates/project");

/** tsc's line format, with the code group accepting mpts's codes (`error MPTS1003: ...`), which `$tsc` does not. */
const mptsPattern = {
  regexp: "^([^\\s].*)[\\(:](\\d+)[,:](\\d+)(?:\\):\\s+|\\s+-\\s+)(error|warning|info)\\s+(MPTS\\d+)\\s*:\\s*(.*)$",
  file: 1,
  line: 2,
  column: 3,
  severity: 4,
  code: 5,
  message: 6,
};

/** npm package names: lower case, no spaces. */
function packageName(dir: string): string {
  const name = path
    .basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, "-")
    .replace(/^[._-]+|-+$/g, "");
  return name || "mpts-project";
}

/** How the project depends on this mpts: the registry version, or a link to this checkout. */
function mptsDependency(dir: string, version: string): string {
  if (packageRoot.split(path.sep).includes("node_modules")) return `^${version}`;
  const rel = path.relative(dir, packageRoot).replace(/\\/g, "/");
  return `file:${rel || "."}`;
}

/** The project's files, relative path -> text (before formatting). */
export function projectFiles(dir: string): Record<string, string> {
  const own = JSON.parse(fs.readFileSync(path.join(packageRoot, "package.json"), "utf8"));
  const name = packageName(dir);
  const template = (file: string) => fs.readFileSync(path.join(templates, file), "utf8").replaceAll("{{name}}", name);
  const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";
  const [major, minor] = ts.version.split(".");
  const problemMatcher = ["$tsc", { base: "$tsc", owner: "mpts", source: "mpts", pattern: mptsPattern }];
  return {
    "package.json": json({
      name,
      version: "0.1.0",
      private: true,
      type: "module",
      scripts: {
        build: "mpts build",
        watch: "mpts build --watch",
        start: "mpts run --watch",
        run: "mpts run",
        flash: "mpts flash",
        monitor: "mpts monitor",
        test: "mpts test",
        format: "prettier --write .",
      },
      devDependencies: {
        mpts: mptsDependency(dir, own.version),
        prettier: own.dependencies.prettier,
        // the compiler's own TypeScript: the editor's checker and mpts's agree, and VS Code loads the plugin from it
        typescript: `~${major}.${minor}.0`,
      },
    }),
    "tsconfig.json": json({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        moduleDetection: "force",
        lib: ["ES2022"],
        types: ["mpts/runtime-typings"],
        plugins: [{ name: "mpts/plugin" }],
        rootDir: "src",
        outDir: "dist",
        noEmit: true,
        skipLibCheck: true,
      },
      include: ["src"],
    }),
    "src/main.ts": template("src/main.ts.tmpl"),
    "src/page.ts": template("src/page.ts.tmpl"),
    "src/page.test.ts": template("src/page.test.ts.tmpl"),
    ".vscode/tasks.json": json({
      version: "2.0.0",
      tasks: [
        { label: "mpts: build", type: "npm", script: "build", group: { kind: "build", isDefault: true }, problemMatcher },
        {
          label: "mpts: watch",
          type: "npm",
          script: "watch",
          isBackground: true,
          group: "build",
          problemMatcher: ["$tsc-watch", { base: "$tsc-watch", owner: "mpts", source: "mpts", pattern: mptsPattern }],
        },
        { label: "mpts: run in the simulator", type: "npm", script: "start", problemMatcher },
        { label: "mpts: test", type: "npm", script: "test", group: { kind: "test", isDefault: true }, problemMatcher },
        {
          label: "mpts: flash",
          type: "shell",
          command: "npx mpts flash --port ${input:port} --monitor",
          problemMatcher,
        },
      ],
      inputs: [
        { id: "port", type: "promptString", description: "The board's serial port (auto: the only connected board)", default: "auto" },
      ],
    }),
    ".vscode/extensions.json": json({ recommendations: ["esbenp.prettier-vscode"] }),
    ".vscode/settings.json": json({
      "typescript.tsdk": "node_modules/typescript/lib",
      "typescript.enablePromptUseWorkspaceTsdk": true,
      "editor.formatOnSave": true,
      "editor.defaultFormatter": "esbenp.prettier-vscode",
    }),
    ".gitignore": template("gitignore"),
    "README.md": template("README.md"),
  };
}

/** prettier's defaults, whatever configuration surrounds the folder (the project gets none of its own). */
export async function format(file: string, text: string): Promise<string> {
  if (!/\.(ts|json|md)$/.test(file)) return text;
  // prettier is large: loaded by the one command that formats
  const prettier = await import("prettier");
  return prettier.format(text, { filepath: file });
}

/** Returns the exit status: 0 created, 2 files exist (without --force). */
export async function init(target: string, options: InitOptions, io: Io): Promise<number> {
  const dir = path.resolve(target);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    io.err(`mpts: ${target} is a file; give a folder to create the project in`);
    return 2;
  }
  const files = projectFiles(dir);
  const existing = Object.keys(files).filter((f) => fs.existsSync(path.join(dir, f)));
  if (existing.length && !options.force) {
    io.err(`mpts: ${target}: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""}; nothing was written.`);
    io.err(`Use 'mpts init ${target === "." ? "" : target + " "}--force' to overwrite them.`);
    return 2;
  }
  const formatted = await Promise.all(Object.entries(files).map(async ([f, text]) => [f, await format(f, text)] as const));
  for (const [f, text] of formatted) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  const c = colors.out;
  const where = path.relative(process.cwd(), dir) || ".";
  io.out(
    `${c.green("Created")} ${where}: ${formatted.map(([f]) => f).join(", ")}${existing.length ? c.yellow(` (overwrote ${existing.join(", ")})`) : ""}`,
  );
  io.out(
    `\nNext:\n${where === "." ? "" : `  cd ${where}\n`}  npm install\n  npm start                                ${c.gray("# run it in the simulator on this computer")}\n  npm run build                            ${c.gray("# write dist/*.py")}\n  npm run flash                            ${c.gray("# put it on the connected board")}`,
  );
  io.out(`\nIn VS Code, accept "Use Workspace Version" of TypeScript for mpts's diagnostics as you type.`);
  return 0;
}
