// Builds the task pane and the function-file commands into dist/.
// The manifest is copied too; a production build rewrites the development URL
// (https://localhost:3000/) to ADDIN_BASE_URL, so one manifest.xml serves both.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PROD_URL = "https://cchc.yenbai.gov.vn/addin/";

/** https for `npm start`: certificates made by office-addin-dev-certs (scripts/start.mjs). */
function devHttps() {
  const dir = process.env.CCHC_CERT_DIR;
  if (!dir) return "https";
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return {
    type: "https",
    options: { ca: read("ca.crt"), cert: read("localhost.crt"), key: read("localhost.key") },
  };
}

/**
 * Writes dist/chunks.json: for each entry, every chunk it loads or may load later (import()),
 * with the npm packages inside. test/build/ribbonBundle.test.ts reads it to show the ribbon
 * never loads an xlsx library.
 */
class ChunkMapPlugin {
  apply(compiler) {
    // Emitted as an asset (not written to disk), so webpack-dev-server's in-memory builds
    // never overwrite the production build's map with names of files dist/ does not have.
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ChunkMapPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ChunkMapPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => writeMap(compilation),
      );
    });
    const writeMap = (compilation) => {
      const packagesOf = (module) => {
        const inner = module.modules ?? [module];
        return inner
          .map((m) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(m.resource ?? "")?.[1])
          .filter(Boolean)
          .map((p) => p.replace(/\\/g, "/"));
      };
      const out = {};
      for (const [name, entry] of compilation.entrypoints) {
        const groups = new Set();
        const stack = [entry];
        while (stack.length) {
          const group = stack.pop();
          if (groups.has(group)) continue;
          groups.add(group);
          stack.push(...group.getChildren());
        }
        const chunks = new Set([...groups].flatMap((g) => g.chunks));
        out[name] = [...chunks].map((chunk) => ({
          files: [...chunk.files].filter((f) => f.endsWith(".js")),
          packages: [
            ...new Set(compilation.chunkGraph.getChunkModules(chunk).flatMap(packagesOf)),
          ].sort(),
        }));
      }
      compilation.emitAsset(
        "chunks.json",
        new sources.RawSource(JSON.stringify(out, null, 2) + "\n"),
      );
    };
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  let prodUrl = process.env.ADDIN_BASE_URL || DEFAULT_PROD_URL;
  if (!prodUrl.endsWith("/")) prodUrl += "/";
  if (!dev && !/^https:\/\//.test(prodUrl)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL, got ${prodUrl}`);
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      outcome: "./src/commands/outcomePage.ts",
      // npm run test:e2e: the in-Excel checks as a task pane page (never in a normal build).
      ...(process.env.CCHC_E2E ? { e2e: "./test/e2e/inExcel.ts" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // ExcelJS's Node-only entry (src/workbook/xlsx/excelJs.ts); the browser takes its bundle.
      alias: { "exceljs/lib/doc/workbook.js": false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              compilerOptions: { module: "esnext", noEmit: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new ChunkMapPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      ...(process.env.CCHC_E2E
        ? [
            new HtmlWebpackPlugin({
              filename: "e2e.html",
              template: "./src/taskpane/taskpane.html",
              chunks: ["e2e"],
            }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: "outcome.html",
        template: "./src/commands/outcome.html",
        chunks: ["outcome"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (dev) return content;
              const origin = new URL(prodUrl).origin;
              return content
                .toString()
                .split(DEV_URL)
                .join(prodUrl)
                .split(DEV_URL.slice(0, -1))
                .join(origin);
            },
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      server: devHttps(),
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};
