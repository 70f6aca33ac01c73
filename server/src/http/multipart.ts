// multipart/form-data for the routes that declare `multipart` (uploads), with multer: the file is kept in memory
// up to the route's limit (a refused upload leaves nothing on disk), one file and a few short text fields at most.
// multer's own errors become the API's: over the size limit 413 with the route's code, anything else 400.
import type { Request, RequestHandler } from "express";
import multer from "multer";
import type { MultipartDecl, UploadedFile } from "../api/route.ts";
import { ApiError, badRequest } from "./errors.ts";

export function multipartBody(decl: MultipartDecl): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    // Browsers send a file name's UTF-8 bytes as they are (a Chinese file name must not turn into mojibake).
    defParamCharset: "utf8",
    limits: { fileSize: decl.maxBytes, files: 1, fields: 8, fieldSize: 4096, parts: 10 },
  }).single(decl.field);
  return (req, res, next) => {
    if (!req.is("multipart/form-data"))
      return next(badRequest(`request: the body must be multipart/form-data with a file in the field "${decl.field}"`));
    parse(req, res, (err: unknown) => {
      if (err === undefined || err === null) return next();
      if (err instanceof multer.MulterError) {
        if (err.code === "LIMIT_FILE_SIZE")
          return next(new ApiError(decl.tooLargeCode, `upload: the file is larger than ${decl.maxBytes} bytes`));
        return next(badRequest(`upload: ${err.message}${err.field ? ` (field "${err.field}")` : ""}`));
      }
      next(badRequest("upload: the multipart body could not be read"));
    });
  };
}

/** The route's file, required: its absence is a 400 naming the field. */
export function uploadedFile(req: Request, decl: MultipartDecl): UploadedFile {
  const f = req.file;
  if (!f) throw badRequest(`request: ${decl.field}: a file is required (multipart/form-data field "${decl.field}")`);
  return { name: f.originalname, bytes: new Uint8Array(f.buffer.buffer, f.buffer.byteOffset, f.buffer.length) };
}
