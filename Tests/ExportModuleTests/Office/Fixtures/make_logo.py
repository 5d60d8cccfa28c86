#!/usr/bin/env python3
"""Draws logo.png, the 3:1 test logo of the Office tests (a blue mark and the word ACME), with Pillow."""
from PIL import Image, ImageDraw, ImageFont

image = Image.new("RGB", (360, 120), "white")
draw = ImageDraw.Draw(image)
draw.rectangle([8, 20, 88, 100], fill=(31, 90, 150))
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 64)
draw.text((108, 22), "ACME", font=font, fill=(38, 38, 38))
image.save(__file__.replace("make_logo.py", "logo.png"), optimize=True)
