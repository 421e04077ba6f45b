"""A short video file with a moving plate: what stands in for a webcam (OpenCV opens a file like a camera)."""

from __future__ import annotations

from pathlib import Path


def write_clip(path: Path, frames: int = 30, size: tuple[int, int] = (320, 240)) -> str:
    """MJPG at 15 fps; a circle crosses the frame, so the change detector has something to send."""
    import cv2
    import numpy as np

    width, height = size
    radius = height // 8
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 15, size)
    for i in range(frames):
        frame = np.full((height, width, 3), 40, np.uint8)
        x = radius + (width - 2 * radius) * i // max(1, frames - 1)
        cv2.circle(frame, (x, height // 2), radius, (0, 200, 255), -1)
        writer.write(frame)
    writer.release()
    return str(path)
