import assert from "node:assert/strict";
import { chmod, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { createReadStats, planInputs, readInputs } from "../../src/read/index.js";
import { createCollectingReporter } from "../../src/report.js";
import { collect, withTempDir } from "./read-helpers.js";

/** A crawl folder: pages in nested folders, hidden files, and files a walk must leave alone. */
async function makeTree(dir: string): Promise<void> {
  await mkdir(join(dir, "b", "deep"), { recursive: true });
  await mkdir(join(dir, ".hidden"));
  await writeFile(join(dir, "z.txt"), "Zeta");
  await writeFile(join(dir, "a.html"), "<p>Alpha</p>");
  await writeFile(join(dir, "b", "deep", "c.jsonl"), '{"text":"Gamma"}\n{"text":"Delta"}\n');
  await writeFile(join(dir, "b", "d.txt.gz"), gzipSync("Epsilon"));
  await writeFile(join(dir, "b", "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  await writeFile(join(dir, "b", "notes.md"), "not picked up in a directory");
  await writeFile(join(dir, ".hidden", "secret.txt"), "hidden");
  await writeFile(join(dir, ".dotfile.txt"), "hidden");
}

describe("inputs", () => {
  it("reads files without an extension by their content, and skips binary ones with read.binary", async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, "debian", "pkg"), { recursive: true });
      await writeFile(join(dir, "debian", "pkg", "copyright"), "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nLicense: MIT\n");
      await writeFile(join(dir, "5687b5c5f0498ff9"), "<!DOCTYPE html><html><body><p>A crawled page.</p></body></html>");
      await writeFile(join(dir, "c22aeb1a"), gzipSync('{"text":"One"}\n{"text":"Two"}\n'));
      await writeFile(join(dir, "d41d8cd9"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
      await writeFile(join(dir, "notes.md"), "an extension newsfold does not read: left alone");
      const reporter = createCollectingReporter();
      const documents = await collect(readInputs([dir], {}, reporter));
      assert.deepEqual(documents.map((d) => [d.provenance.file.slice(dir.length + 1), d.kind]), [
        ["5687b5c5f0498ff9", "html"],
        ["c22aeb1a", "text"],
        ["c22aeb1a", "text"],
        [join("debian", "pkg", "copyright"), "text"],
      ]);
      assert.deepEqual(documents.map((d) => d.provenance.format), ["html", "jsonl", "jsonl", "text"]);
      assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.file]), [["read.binary", join(dir, "d41d8cd9")]]);
    });
  });

  it("walks a directory recursively in sorted order, skipping hidden and unknown files", async () => {
    await withTempDir(async (dir) => {
      await makeTree(dir);
      const reporter = createCollectingReporter();
      const documents = await collect(readInputs([dir], {}, reporter));
      assert.deepEqual(reporter.problems, []);
      assert.deepEqual(documents.map((d) => d.content), ["<p>Alpha</p>", "Epsilon", "Gamma", "Delta", "Zeta"]);
      assert.deepEqual(documents.map((d) => d.provenance.file), [
        join(dir, "a.html"),
        join(dir, "b", "d.txt.gz"),
        join(dir, "b", "deep", "c.jsonl"),
        join(dir, "b", "deep", "c.jsonl"),
        join(dir, "z.txt"),
      ]);
    });
  });

  it("reads every file a glob matches, sniffing each, and reads a file named twice once", async () => {
    await withTempDir(async (dir) => {
      await makeTree(dir);
      const reporter = createCollectingReporter();
      const documents = await collect(readInputs([join(dir, "b", "*"), join(dir, "b", "notes.md")], {}, reporter));
      assert.deepEqual(documents.map((d) => [d.content, d.kind]), [["Epsilon", "text"], ["not picked up in a directory", "text"]]);
      assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.file]), [["read.binary", join(dir, "b", "logo.png")]]);
    });
  });

  it("reports missing paths and globs that match nothing, and reads the rest", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "ok.txt"), "Astana");
      const reporter = createCollectingReporter();
      const documents = await collect(readInputs([join(dir, "missing.txt"), join(dir, "*.warc"), join(dir, "ok.txt")], {}, reporter));
      assert.deepEqual(documents.map((d) => d.content), ["Astana"]);
      assert.deepEqual(reporter.problems.map((p) => [p.code, p.severity, p.provenance?.file]), [
        ["read.not-found", "error", join(dir, "missing.txt")],
        ["read.not-found", "error", join(dir, "*.warc")],
      ]);
    });
  });

  it("reports a file it cannot read and goes on", { skip: process.getuid?.() === 0 ? "root reads any file" : false }, async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "locked.txt"), "secret");
      await chmod(join(dir, "locked.txt"), 0o000);
      await writeFile(join(dir, "ok.txt"), "open");
      const reporter = createCollectingReporter();
      const documents = await collect(readInputs([join(dir, "locked.txt"), join(dir, "ok.txt")], {}, reporter));
      assert.deepEqual(documents.map((d) => d.content), ["open"]);
      assert.deepEqual(reporter.problems.map((p) => p.code), ["read.io"]);
    });
  });

  it("reports a file removed after the walk listed it as read.io, counts its bytes and goes on", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "a.txt"), "Alpha");
      await writeFile(join(dir, "b.txt"), "Beta, rotated away by the crawler");
      await writeFile(join(dir, "c.txt"), "Gamma");
      const plan = await planInputs([dir]);
      const reporter = createCollectingReporter();
      let bytes = 0;
      const contents: string[] = [];
      for await (const document of readInputs([dir], { onBytes: (n) => (bytes += n) }, reporter)) {
        contents.push(document.content);
        if (document.content === "Alpha") await rm(join(dir, "b.txt"));
      }
      assert.deepEqual(contents, ["Alpha", "Gamma"]);
      assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.file]), [["read.io", join(dir, "b.txt")]]);
      assert.match(reporter.problems[0].reason, /ENOENT/);
      assert.equal(bytes, plan.totalBytes, "progress reaches its total");
    });
  });

  it("truncates a small page to a maxDocumentBytes below its size and reports it", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "page.txt"), "Astana — ".repeat(300));
      const reporter = createCollectingReporter();
      const documents = await collect(readInputs([join(dir, "page.txt")], { maxDocumentBytes: 1000 }, reporter));
      assert.equal(documents.length, 1);
      assert.ok(Buffer.byteLength(documents[0].content) <= 1000);
      assert.ok("Astana — ".repeat(300).startsWith(documents[0].content));
      assert.deepEqual(reporter.problems.map((p) => p.code), ["read.truncated"]);
    });
  });

  it("reports a stream that fails while being read as read.io and goes on", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "ok.txt"), "open");
      const stdin = new Readable({
        read() {
          this.destroy(Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" }));
        },
      });
      const reporter = createCollectingReporter();
      const documents = await collect(readInputs(["-", join(dir, "ok.txt")], { stdin }, reporter));
      assert.deepEqual(documents.map((d) => d.content), ["open"]);
      assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.file]), [["read.io", "-"]]);
      assert.match(reporter.problems[0].reason, /EIO/);
    });
  });

  it("follows a symbolic link to a file but not one to a directory", async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, "real"));
      await writeFile(join(dir, "real", "page.txt"), "linked");
      await mkdir(join(dir, "walk"));
      await symlink(join(dir, "real", "page.txt"), join(dir, "walk", "link.txt"));
      await symlink(join(dir, "real"), join(dir, "walk", "loop"));
      const documents = await collect(readInputs([join(dir, "walk")], {}, createCollectingReporter()));
      assert.deepEqual(documents.map((d) => d.provenance.file), [join(dir, "walk", "link.txt")]);
    });
  });

  it("reads standard input from the stdin option as \"-\", sniffing its format", async () => {
    const jsonl = '{"url":"http://x/1","text":"one"}\n{"url":"http://x/2","html":"<p>two</p>"}\n';
    const stdin = Readable.from([Buffer.from(jsonl.slice(0, 20)), Buffer.from(jsonl.slice(20))]);
    const reporter = createCollectingReporter();
    const documents = await collect(readInputs(["-"], { stdin }, reporter));
    assert.deepEqual(reporter.problems, []);
    assert.deepEqual(documents.map((d) => [d.provenance.file, d.provenance.format, d.provenance.line, d.kind]), [
      ["-", "jsonl", 1, "text"],
      ["-", "jsonl", 2, "html"],
    ]);
  });

  it("reads gzipped standard input with a format hint", async () => {
    const stdin = Readable.from([gzipSync("Wang Yi {not json}")]);
    const documents = await collect(readInputs(["-"], { stdin, formatHint: "text" }, createCollectingReporter()));
    assert.deepEqual(documents.map((d) => [d.kind, d.content]), [["text", "Wang Yi {not json}"]]);
  });

  it("plans inputs with sizes for a progress bar, and reports every byte as read by the end", async () => {
    await withTempDir(async (dir) => {
      await makeTree(dir);
      const plan = await planInputs([dir, join(dir, "b", "logo.png")]);
      const expected = ["a.html", "b/d.txt.gz", "b/deep/c.jsonl", "z.txt", "b/logo.png"].map((p) => join(dir, p));
      assert.deepEqual(plan.files.map((f) => f.path), expected);
      assert.equal(plan.totalBytes, plan.files.reduce((sum, f) => sum + (f.bytes ?? 0), 0));
      assert.deepEqual(plan.problems, []);

      let bytes = 0;
      const stats = createReadStats();
      await collect(readInputs([dir, join(dir, "b", "logo.png")], { onBytes: (n) => (bytes += n), stats }, createCollectingReporter()));
      assert.equal(bytes, plan.totalBytes);
      assert.deepEqual(stats, { files: 5, documents: 5, skippedRecords: 0 });
    });
  });

  it("plans standard input with an unknown size", async () => {
    const plan = await planInputs(["-"]);
    assert.deepEqual(plan.files, [{ path: "-", bytes: null }]);
    assert.equal(plan.totalBytes, null);
  });
});
