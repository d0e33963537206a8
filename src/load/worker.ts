import { parentPort, workerData } from "node:worker_threads";
import { checkOne, type LoadOptions } from "./check-one.js";

// A worker thread that checks its share of the files and sends the results back.
const { paths, options } = workerData as { paths: string[]; options: LoadOptions };
parentPort!.postMessage(paths.map((path) => checkOne(path, options)));
