/**
 * multipart/form-data built by hand into one Buffer: n8n's request helper drops a native FormData
 * body, and a Buffer can be sent again unchanged when a maintenance retry repeats the request.
 */
export type MultipartPart =
	| { name: string; value: string }
	| { name: string; fileName: string; contentType: string; data: Buffer };

export function encodeMultipart(
	parts: MultipartPart[],
	boundary = `----wolkvox${Date.now().toString(16)}`,
) {
	const chunks: Buffer[] = [];
	const quote = (text: string) => text.replace(/["\r\n]/g, '_');
	for (const part of parts) {
		let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.name)}"`;
		if ('data' in part) {
			head += `; filename="${quote(part.fileName)}"\r\nContent-Type: ${part.contentType}`;
		}
		chunks.push(
			Buffer.from(`${head}\r\n\r\n`),
			'data' in part ? part.data : Buffer.from(part.value),
			Buffer.from('\r\n'),
		);
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
