"""Image files for tests, built byte by byte where Pillow would need the memory under test."""

import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with_a_broken_body(width=64, height=48):
    """A PNG whose signature and header are right and whose pixel data is not compressed data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits, RGB
    return (
        PNG_SIGNATURE
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", b"not compressed pixels" * 20)
        + png_chunk(b"IEND", b"")
    )


def png_declaring(width, height):
    """A black-and-white PNG of width × height pixels that weighs a few kilobytes whatever its
    size: its rows of zeros compress to almost nothing (a "decompression bomb": 11000 × 11000
    pixels in 15 KB). Built without Pillow, which would hold every pixel in memory."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit a pixel, greyscale
    row = bytes(1 + (width + 7) // 8)  # the filter byte, then the row's bits
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return (
        PNG_SIGNATURE
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )
