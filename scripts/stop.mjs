// `npm stop`: ends the server `npm start` left running and removes the sideloaded add-in.
import { readFileSync, rmSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const stateDir = path.join(process.cwd(), ".addin-dev");
const pidFile = path.join(stateDir, "server.pid");
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(-pid, "SIGTERM"); // the whole process group (webpack and its workers)
    console.log(`Đã dừng máy chủ / server stopped (pid ${pid})`);
  } catch (e) {
    if (e.code !== "ESRCH") throw e;
    console.log("Máy chủ đã dừng từ trước / the server was not running");
  }
  rmSync(pidFile);
} else {
  console.log("Không có máy chủ nào đang chạy / no server to stop");
}
if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync(
    process.execPath,
    [require.resolve("office-addin-debugging/cli.js"), "stop", "manifest.xml"],
    { stdio: "inherit" },
  );
}
