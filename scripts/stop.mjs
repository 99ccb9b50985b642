// `npm stop`: ends the server `npm start` left running and removes the sideloaded add-in.
import { readFileSync, rmSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

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
  spawnSync("npx", ["--yes", "office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}
