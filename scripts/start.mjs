// `npm start`: build, serve https://localhost:3000 with office-addin-dev-certs certificates, and
// sideload into desktop Excel where there is one (Windows, macOS). On Linux (no desktop Excel)
// it keeps serving and prints how to sideload in Excel on the web. Never waits for input when
// not interactive. `npm stop` undoes it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const port = Number(process.env.CCHC_PORT || 3000);
const interactive = Boolean(process.stdin.isTTY) && !process.env.CI;
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const ca = path.join(certDir, "ca.crt");
const cert = path.join(certDir, "localhost.crt");
const key = path.join(certDir, "localhost.key");
const stateDir = path.join(process.cwd(), ".addin-dev");
mkdirSync(stateDir, { recursive: true });

// 1. Certificates: made by office-addin-dev-certs. Trusting its CA needs sudo (Linux) or a
// prompt (Windows/macOS): only tried when someone is there to answer.
if (!existsSync(cert) || !existsSync(key)) {
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates(ca, cert, key, 30, ["127.0.0.1", "localhost"]);
  console.log(`Đã tạo chứng chỉ phát triển / development certificates: ${certDir}`);
}
if (interactive && process.platform !== "linux") {
  spawnSync("npx", ["office-addin-dev-certs", "install"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
} else {
  console.log(`Để trình duyệt tin cậy https://localhost:${port}, hãy nhập ${ca} làm CA tin cậy.`);
  console.log(`To make browsers trust https://localhost:${port}, import ${ca} as a trusted CA.`);
}

// 2. Serve with webpack-dev-server (development build, rebuilt on change), detached so
// `npm start` returns in scripts and `npm stop` can end it.
const server = spawn(
  process.execPath,
  [
    require.resolve("webpack-cli/bin/cli.js"),
    "serve",
    "--mode",
    "development",
    "--port",
    String(port),
  ],
  {
    env: { ...process.env, CCHC_CERT_DIR: certDir },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  },
);
writeFileSync(path.join(stateDir, "server.pid"), String(server.pid));
const url = `https://localhost:${port}/taskpane.html`;

// 3. Sideload where desktop Excel exists, with the project's office-addin-debugging (a
// devDependency, as in the yo office templates). Linux has no desktop Excel to sideload into.
if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync(
    process.execPath,
    [
      require.resolve("office-addin-debugging/cli.js"),
      "start",
      "manifest.xml",
      "desktop",
      "--no-debug",
      "--dev-server-port",
      String(port),
    ],
    {
      stdio: interactive ? "inherit" : "ignore",
    },
  );
} else {
  console.log("");
  console.log(`Ngăn tác vụ / task pane: ${url}`);
  console.log("Không có Excel trên máy này. Để nạp thử trong Excel trên web: Trang đầu › Bổ trợ ›");
  console.log("Thêm bổ trợ › Tải lên bổ trợ của tôi, chọn manifest.xml. Dừng bằng: npm stop");
  console.log(
    "No desktop Excel here. To sideload in Excel on the web: Home › Add-ins › More add-ins ›",
  );
  console.log("Upload My Add-in, choose manifest.xml. Stop with: npm stop");
}
server.unref();
process.exit(0);
