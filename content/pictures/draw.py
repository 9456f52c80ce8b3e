"""Style and drawing: turns a :class:`Scene` into a flat, friendly picture seen from above.

Everything is drawn at ``SUPERSAMPLE`` times the output size and scaled down, which gives
smooth edges with plain :mod:`PIL.ImageDraw`. The result is reduced to a small fixed-size
palette so the PNGs stay small and every run produces the same pixels.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from .skeleton import (
    HEAD_Y,
    SIDES,
    Pose,
    Side,
    Skeleton,
    Vec3,
)

# --- geometry of the canvas ----------------------------------------------------------------

BASE_WIDTH = 1080
BASE_HEIGHT = 810
#: Pixels per metre at the base width.
PX_PER_M = 382.0
#: Where the world origin (between the shoulders) lands at the base size.
ORIGIN = (540.0, 170.0)
SUPERSAMPLE = 3
STILL_COLOURS = 96

RGB = tuple[int, int, int]
Point = tuple[float, float]


def mix(a: RGB, b: RGB, t: float) -> RGB:
    t = max(0.0, min(1.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def darker(c: RGB, k: float = 0.72) -> RGB:
    return (round(c[0] * k), round(c[1] * k), round(c[2] * k))


WHITE: RGB = (255, 255, 255)


@dataclass(frozen=True)
class Palette:
    background: RGB = (245, 240, 232)  # #F5F0E8
    mat: RGB = (121, 189, 181)  # #79BDB5
    mat_edge: RGB = (95, 163, 155)  # #5FA39B
    shadow: RGB = (31, 59, 58)  # #1F3B3A
    skin: RGB = (237, 187, 151)  # #EDBB97
    shirt: RGB = (244, 227, 203)  # #F4E3CB
    legs: RGB = (142, 122, 105)  # #8E7A69
    hair: RGB = (74, 56, 48)  # #4A3830
    accent: RGB = (242, 138, 36)  # #F28A24
    accent_light: RGB = (247, 176, 106)  # #F7B06A
    arrow: RGB = (229, 98, 12)  # #E5620C
    ink: RGB = (59, 51, 48)  # #3B3330
    label_bg: RGB = (255, 255, 255)  # #FFFFFF


PALETTE = Palette()


# --- scene description ---------------------------------------------------------------------


@dataclass(frozen=True)
class Arrow:
    """A movement arrow through world points (x, y) in metres, drawn as a smooth curve."""

    points: tuple[Point, ...]
    dashed: bool = False
    width: float = 13.0  # line width in pixels at the base size


@dataclass(frozen=True)
class Tag:
    """A short text label centred on a world point; ``badge`` draws it as a round number."""

    text: str
    at: Point
    badge: bool = False


Limb = Literal["left_arm", "right_arm", "left_leg", "right_leg"]


@dataclass(frozen=True)
class Scene:
    """Everything one picture shows.

    ``highlight`` names the limbs drawn in the accent colour; ``ghost`` is an earlier pose
    whose ``ghost_limb`` is drawn faintly to show where a movement starts.
    """

    pose: Pose
    highlight: tuple[Limb, ...] = ()
    ghost: Pose | None = None
    ghost_limb: Limb = "right_leg"
    arrows: tuple[Arrow, ...] = ()
    label: str | None = None
    title: str | None = None
    tags: tuple[Tag, ...] = ()
    spots: tuple[Point, ...] = ()  # dashed rings on the mat: where a foot would land


# --- the canvas ----------------------------------------------------------------------------


class Canvas:
    """A supersampled drawing surface with the world-to-pixel transform."""

    def __init__(self, width: int, palette: Palette = PALETTE, ss: int = SUPERSAMPLE) -> None:
        self.width = width
        self.height = round(width * BASE_HEIGHT / BASE_WIDTH)
        self.ss = ss
        self.k = width / BASE_WIDTH * ss  # base pixels -> supersampled pixels
        self.palette = palette
        self.size = (self.width * ss, self.height * ss)
        self.img = Image.new("RGB", self.size, palette.background)
        self.draw = ImageDraw.Draw(self.img)

    def px(self, base_px: float) -> float:
        return base_px * self.k

    def m(self, metres: float) -> float:
        return metres * PX_PER_M * self.k

    def pt(self, p: Vec3 | Point) -> Point:
        return (
            (ORIGIN[0] + p[0] * PX_PER_M) * self.k,
            (ORIGIN[1] + p[1] * PX_PER_M) * self.k,
        )

    def finish(self) -> Image.Image:
        """Average each ``ss`` x ``ss`` block down to one output pixel (smooth edges)."""
        return self.img.reduce(self.ss) if self.ss > 1 else self.img.copy()


# --- primitives ----------------------------------------------------------------------------


def _circle(draw: ImageDraw.ImageDraw, c: Point, r: float, fill: RGB | int) -> None:
    draw.ellipse((c[0] - r, c[1] - r, c[0] + r, c[1] + r), fill=fill)


def capsule(
    draw: ImageDraw.ImageDraw, a: Point, ra: float, b: Point, rb: float, fill: RGB | int
) -> None:
    """A tapered capsule: two circles joined by their outer tangents."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d <= abs(ra - rb) + 1e-6:
        big = (a, ra) if ra >= rb else (b, rb)
        _circle(draw, big[0], big[1], fill)
        return
    ux, uy = dx / d, dy / d
    nx, ny = -uy, ux
    s = (ra - rb) / d
    c = math.sqrt(max(0.0, 1.0 - s * s))
    m1 = (-s * ux + c * nx, -s * uy + c * ny)
    m2 = (-s * ux - c * nx, -s * uy - c * ny)
    poly = [
        (a[0] + ra * m1[0], a[1] + ra * m1[1]),
        (b[0] + rb * m1[0], b[1] + rb * m1[1]),
        (b[0] + rb * m2[0], b[1] + rb * m2[1]),
        (a[0] + ra * m2[0], a[1] + ra * m2[1]),
    ]
    draw.polygon(poly, fill=fill)
    _circle(draw, a, ra, fill)
    _circle(draw, b, rb, fill)


def chaikin(points: Sequence[Point], rounds: int = 3, closed: bool = True) -> list[Point]:
    """Round off a polygon (or an open polyline) by corner cutting."""
    pts = list(points)
    for _ in range(rounds):
        out: list[Point] = []
        n = len(pts)
        pairs = range(n) if closed else range(n - 1)
        if not closed:
            out.append(pts[0])
        for i in pairs:
            p, q = pts[i], pts[(i + 1) % n]
            out.append((0.75 * p[0] + 0.25 * q[0], 0.75 * p[1] + 0.25 * q[1]))
            out.append((0.25 * p[0] + 0.75 * q[0], 0.25 * p[1] + 0.75 * q[1]))
        if not closed:
            out.append(pts[-1])
        pts = out
    return pts


def catmull_rom(points: Sequence[Point], samples: int = 16) -> list[Point]:
    """A smooth curve through all the given points."""
    if len(points) < 3:
        a, b = points[0], points[-1]
        return [
            (a[0] + (b[0] - a[0]) * i / samples, a[1] + (b[1] - a[1]) * i / samples)
            for i in range(samples + 1)
        ]
    pts = [points[0], *points, points[-1]]
    out: list[Point] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for j in range(samples):
            t = j / samples
            t2, t3 = t * t, t * t * t
            out.append(
                (
                    0.5
                    * (
                        2 * p1[0]
                        + (-p0[0] + p2[0]) * t
                        + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                        + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
                    ),
                    0.5
                    * (
                        2 * p1[1]
                        + (-p0[1] + p2[1]) * t
                        + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                        + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
                    ),
                )
            )
    out.append(points[-1])
    return out


def _trim_end(pts: Sequence[Point], length: float) -> list[Point]:
    """Cut ``length`` off the end of a polyline."""
    out = list(pts)
    remaining = length
    while len(out) >= 2 and remaining > 0:
        seg = math.dist(out[-2], out[-1])
        if seg <= remaining:
            out.pop()
            remaining -= seg
        else:
            t = (seg - remaining) / seg
            a, b = out[-2], out[-1]
            out[-1] = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            remaining = 0
    return out


def _dashes(pts: Sequence[Point], dash: float, gap: float) -> list[list[Point]]:
    out: list[list[Point]] = []
    current: list[Point] = [pts[0]]
    on, left = True, dash
    for i in range(len(pts) - 1):
        a, b = pts[i], pts[i + 1]
        seg = math.dist(a, b)
        pos = 0.0
        while seg - pos > left:
            pos += left
            t = pos / seg
            p = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            if on:
                current.append(p)
                out.append(current)
            current = [p]
            on = not on
            left = dash if on else gap
        left -= seg - pos
        if on:
            current.append(b)
        else:
            current = [b]
    if on and len(current) > 1:
        out.append(current)
    return out


def _stroke(draw: ImageDraw.ImageDraw, pts: Sequence[Point], width: float, fill: RGB) -> None:
    if len(pts) < 2:
        return
    draw.line(list(pts), fill=fill, width=max(1, round(width)), joint="curve")
    _circle(draw, pts[0], width / 2, fill)
    _circle(draw, pts[-1], width / 2, fill)


def draw_arrow(cv: Canvas, arrow: Arrow) -> None:
    pal = cv.palette
    colour = pal.arrow
    pts = catmull_rom([cv.pt(p) for p in arrow.points], samples=24)
    w = cv.px(arrow.width)
    head_len = w * 2.6
    head_half = w * 1.9
    halo = cv.px(6.0)
    tip = pts[-1]
    body = _trim_end(pts, head_len * 0.8)
    # direction of the tip from a point a little way back along the curve
    back = _trim_end(pts, head_len)[-1]
    dx, dy = tip[0] - back[0], tip[1] - back[1]
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    base = (tip[0] - ux * head_len, tip[1] - uy * head_len)
    head = [
        tip,
        (base[0] - uy * head_half, base[1] + ux * head_half),
        (base[0] + ux * head_len * 0.22, base[1] + uy * head_len * 0.22),
        (base[0] + uy * head_half, base[1] - ux * head_half),
    ]
    segments = _dashes(body, w * 1.6, w * 1.1) if arrow.dashed else [body]
    # white halo first so the arrow reads over the mat, the floor and the body
    for seg in segments:
        _stroke(cv.draw, seg, w + 2 * halo, WHITE)
    cv.draw.polygon(_offset_polygon(head, halo), fill=WHITE)
    for seg in segments:
        _stroke(cv.draw, seg, w, colour)
    cv.draw.polygon(head, fill=colour)


def _offset_polygon(poly: Sequence[Point], amount: float) -> list[Point]:
    """Grow a convex-ish polygon by pushing each vertex away from the centroid."""
    cx = sum(p[0] for p in poly) / len(poly)
    cy = sum(p[1] for p in poly) / len(poly)
    out: list[Point] = []
    for p in poly:
        dx, dy = p[0] - cx, p[1] - cy
        d = math.hypot(dx, dy) or 1.0
        out.append((p[0] + dx / d * amount * 1.6, p[1] + dy / d * amount * 1.6))
    return out


#: Stroke added round the letters, as a fraction of the font size: it makes them bold, so the
#: labels stay readable when the 1080 px still is shown about 400 px wide on a phone.
BOLD = 0.045
#: Font sizes in pixels at the 1080 px base width (at least ~36 px, so ~13 px at 400 px wide).
LABEL_SIZE = 44.0
TAG_SIZE = 42.0
TITLE_SIZE = 46.0


def font(size_px: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=max(6, round(size_px)))


def draw_pill(cv: Canvas, text: str, at_px: Point, size: float, centred: bool = False) -> None:
    """A rounded white label with dark text; ``at_px`` is its top-left corner or its centre."""
    f = font(cv.px(size))
    box = cv.draw.textbbox((0, 0), text, font=f, anchor="ls")
    tw = box[2] - box[0]
    asc = -box[1]
    pad_x, pad_y = cv.px(size * 0.55), cv.px(size * 0.38)
    w, h = tw + 2 * pad_x, asc + 2 * pad_y
    x0, y0 = (at_px[0] - w / 2, at_px[1] - h / 2) if centred else at_px
    rect = (x0, y0, x0 + w, y0 + h)
    shadow = (rect[0], rect[1] + cv.px(3), rect[2], rect[3] + cv.px(3))
    cv.draw.rounded_rectangle(
        shadow, radius=h / 2, fill=mix(cv.palette.background, (0, 0, 0), 0.14)
    )
    cv.draw.rounded_rectangle(rect, radius=h / 2, fill=cv.palette.label_bg)
    cv.draw.text(
        (x0 + pad_x, y0 + pad_y + asc),
        text,
        font=f,
        fill=cv.palette.ink,
        anchor="ls",
        stroke_width=round(cv.px(size * BOLD)),
        stroke_fill=cv.palette.ink,
    )


def draw_badge(cv: Canvas, text: str, at_px: Point, size: float) -> None:
    """A small round badge with a number, e.g. the order of the sides."""
    r = cv.px(size * 0.78)
    halo = cv.px(4)
    _circle(cv.draw, at_px, r + halo, WHITE)
    _circle(cv.draw, at_px, r, cv.palette.ink)
    cv.draw.text(
        at_px,
        text,
        font=font(cv.px(size)),
        fill=WHITE,
        anchor="mm",
        stroke_width=round(cv.px(size * BOLD)),
        stroke_fill=WHITE,
    )


def draw_spot(cv: Canvas, at: Point) -> None:
    """A dashed ring on the mat: the spot a foot would rest on."""
    c = cv.pt(at)
    r = cv.m(0.10)
    n = 16
    w = max(1, round(cv.px(5)))
    for i in range(n):
        a0 = 360 * i / n
        cv.draw.arc(
            (c[0] - r, c[1] - r, c[0] + r, c[1] + r), a0, a0 + 360 / n * 0.55, fill=WHITE, width=w
        )


# --- the figure ----------------------------------------------------------------------------

# Limb radii in metres (at the joint named first, then the second).
R_UPPER_ARM = (0.052, 0.043)
R_FOREARM = (0.043, 0.033)
R_HAND = (0.040, 0.045)
R_THIGH = (0.094, 0.062)
R_SHANK = (0.062, 0.040)
R_FOOT = (0.038, 0.046)
HEAD_R = 0.122
OUTLINE_M = 0.010
REST_Z = 0.06


def _lift(z: float) -> float:
    """How far a point is above its resting height (metres, never negative)."""
    return max(0.0, z - REST_Z)


def _persp(z: float) -> float:
    """Things nearer the viewer look a little bigger."""
    return 1.0 + 0.55 * _lift(z)


@dataclass(frozen=True)
class Seg:
    a: Vec3
    ra: float
    b: Vec3
    rb: float
    colour: RGB


@dataclass(frozen=True)
class Part:
    """Pieces drawn together: one outline pass, then one fill pass (no seams inside)."""

    segs: list[Seg]
    outline: RGB


def _limb(
    a: Vec3, b: Vec3, radii: tuple[float, float], colour: RGB, shade_by_height: bool
) -> list[Seg]:
    """One bone, split in short pieces when it climbs so the raised end can look lighter."""
    pieces = max(1, min(8, round(abs(b[2] - a[2]) / 0.05))) if shade_by_height else 1
    out: list[Seg] = []
    for i in range(pieces):
        t0, t1 = i / pieces, (i + 1) / pieces
        p0 = (a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0, a[2] + (b[2] - a[2]) * t0)
        p1 = (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1, a[2] + (b[2] - a[2]) * t1)
        r0 = radii[0] + (radii[1] - radii[0]) * t0
        r1 = radii[0] + (radii[1] - radii[0]) * t1
        zmid = (p0[2] + p1[2]) / 2
        c = mix(colour, WHITE, 0.55 * _lift(zmid)) if shade_by_height else colour
        out.append(Seg(p0, r0 * _persp(p0[2]), p1, r1 * _persp(p1[2]), c))
    return out


def _draw_part(cv: Canvas, part: Part) -> None:
    o = cv.m(OUTLINE_M)
    for s in part.segs:
        capsule(cv.draw, cv.pt(s.a), cv.m(s.ra) + o, cv.pt(s.b), cv.m(s.rb) + o, part.outline)
    for s in part.segs:
        capsule(cv.draw, cv.pt(s.a), cv.m(s.ra), cv.pt(s.b), cv.m(s.rb), s.colour)


def _arm_part(sk: Skeleton, side: Side, pal: Palette, highlight: bool) -> Part:
    sh, el, wr, hd = (sk[f"{side}_{j}"] for j in ("shoulder", "elbow", "wrist", "hand"))
    colour = pal.accent if highlight else pal.skin
    hand = pal.accent_light if highlight else mix(pal.skin, WHITE, 0.12)
    segs = [
        *_limb(sh, el, R_UPPER_ARM, colour, False),
        *_limb(el, wr, R_FOREARM, colour, False),
        *_limb(wr, hd, R_HAND, hand, False),
    ]
    return Part(segs, darker(colour, 0.74))


def _leg_part(sk: Skeleton, side: Side, pal: Palette, highlight: bool) -> Part:
    hip, knee, ankle, toe = (sk[f"{side}_{j}"] for j in ("hip", "knee", "ankle", "toe"))
    colour = pal.accent if highlight else pal.legs
    foot_colour = pal.accent_light if highlight else pal.skin
    segs = [
        *_limb(hip, knee, R_THIGH, colour, True),
        *_limb(knee, ankle, R_SHANK, colour, True),
        *_limb(ankle, toe, R_FOOT, foot_colour, True),
    ]
    return Part(segs, darker(colour, 0.72))


SHIRT_HALF: tuple[Point, ...] = (  # right half of the shirt, neck to hem; the left mirrors it
    (0.07, -0.075),
    (0.17, -0.055),
    (0.245, -0.005),
    (0.25, 0.07),
    (0.215, 0.17),
    (0.18, 0.32),
    (0.185, 0.43),
    (0.11, 0.47),
    (0.0, 0.478),
)


def _shirt_outline() -> list[Point]:
    right = list(SHIRT_HALF)
    left = [(-x, y) for x, y in reversed(SHIRT_HALF[:-1])]
    return chaikin([*right, *left], rounds=3)


def _pelvis_outline(sk: Skeleton) -> list[Point]:
    """Hips and seat (world x, y), following the pelvis roll."""
    lh, rh = sk["left_hip"], sk["right_hip"]
    roll = math.radians(sk.roll)
    # Seen from above a rolled pelvis shows some of its side, so it narrows less than cos().
    side_show = 0.10 * abs(math.sin(roll))
    r_out = rh[0] + 0.085 + (side_show if sk.roll > 0 else 0.0)
    l_out = lh[0] - 0.085 - (side_show if sk.roll < 0 else 0.0)
    mid = (lh[0] + rh[0]) / 2
    pts = [
        (0.175, 0.36),
        (r_out, 0.50),
        (r_out - 0.012, 0.60),
        (rh[0] + 0.01, 0.668),
        (mid, 0.685),
        (lh[0] - 0.01, 0.668),
        (l_out + 0.012, 0.60),
        (l_out, 0.50),
        (-0.175, 0.36),
    ]
    return chaikin(pts, rounds=3)


def _filled(cv: Canvas, shape: Sequence[Point], fill: RGB, outline: RGB) -> None:
    pts = [cv.pt(p) for p in shape]
    o = cv.m(OUTLINE_M)
    cv.draw.polygon(pts, fill=outline, outline=outline, width=max(1, round(2 * o)))
    cv.draw.polygon(pts, fill=fill)


def _draw_torso(cv: Canvas, sk: Skeleton, pal: Palette) -> None:
    _filled(cv, _pelvis_outline(sk), pal.legs, darker(pal.legs, 0.72))
    _filled(cv, _shirt_outline(), pal.shirt, darker(pal.shirt, 0.70))
    # a soft spine line helps the back read as a back
    cv.draw.line(
        [cv.pt((0.0, 0.03)), cv.pt((0.0, 0.40))],
        fill=mix(pal.shirt, darker(pal.shirt, 0.8), 0.7),
        width=max(1, round(cv.m(0.008))),
    )


def _draw_head(cv: Canvas, sk: Skeleton, pal: Palette) -> None:
    """Seen from above: the back of the head, or its side when the face is turned."""
    turn = max(-1.0, min(1.0, sk.head_turn))
    f = 1.0 if turn >= 0 else -1.0
    a = abs(turn)
    cx, cy = cv.pt((0.0, HEAD_Y))
    r = cv.m(HEAD_R)
    o = cv.m(OUTLINE_M)
    skin_o = darker(pal.skin, 0.74)
    hair_o = darker(pal.hair, 0.6)
    d = cv.draw

    # neck
    capsule(d, cv.pt((0.0, -0.13)), cv.m(0.056) + o, cv.pt((0.0, -0.03)), cv.m(0.06) + o, skin_o)
    capsule(d, cv.pt((0.0, -0.13)), cv.m(0.056), cv.pt((0.0, -0.03)), cv.m(0.06), pal.skin)

    # ears peeking out at both sides while the forehead is down
    if a < 0.5:
        for s in (-1.0, 1.0):
            up = s == f
            ex = cx + s * r * (1.0 - (1.6 if up else 0.4) * a)
            ey = cy + 0.08 * r
            er = r * 0.26
            _circle(d, (ex, ey), er + o, skin_o)
            _circle(d, (ex, ey), er, pal.skin)

    # head (skin), with the nose showing in profile as the head turns
    nose = (cx + f * r * 0.95, cy + 0.24 * r)
    nose_r = r * 0.2 * min(1.0, a * 1.5)
    _circle(d, (cx, cy), r + o, skin_o)
    if a > 0.2:
        _circle(d, nose, nose_r + o, skin_o)
    _circle(d, (cx, cy), r, pal.skin)
    if a > 0.2:
        _circle(d, nose, nose_r, pal.skin)

    # hair: everything but the face, which shows on the side the head turns to
    box = (
        round(cx - r - 2 * o),
        round(cy - r - 2 * o),
        round(cx + r + 2 * o),
        round(cy + r + 2 * o),
    )
    size = (box[2] - box[0], box[3] - box[1])
    lx, ly = cx - box[0], cy - box[1]
    head_mask = Image.new("L", size, 0)
    _circle(ImageDraw.Draw(head_mask), (lx, ly), r, 255)
    hair_mask = Image.new("L", size, 0)
    hx, hy = lx - f * r * 0.50 * a, ly - r * 0.34 * a
    hrx, hry = r * (1.08 + 0.04 * a), r * (1.08 - 0.06 * a)
    ImageDraw.Draw(hair_mask).ellipse((hx - hrx, hy - hry, hx + hrx, hy + hry), fill=255)
    mask = ImageChops.multiply(head_mask, hair_mask)
    region = cv.img.crop(box)
    region.paste(Image.new("RGB", size, pal.hair), (0, 0), mask)
    cv.img.paste(region, box[:2])
    d = cv.draw = ImageDraw.Draw(cv.img)
    # crown highlight
    hl = (cx - f * r * 0.35 * a - r * 0.25, cy - r * 0.35)
    hl_r = r * 0.28
    if a < 0.3:
        _circle(d, hl, hl_r, mix(pal.hair, WHITE, 0.14))
    # outline again over the hair edge
    d.ellipse(
        (cx - r - o, cy - r - o, cx + r + o, cy + r + o),
        outline=hair_o if a < 0.3 else skin_o,
        width=max(1, round(o)),
    )

    if a >= 0.5:
        # the upper ear sits mid-head, at the hairline; a closed eye on the face
        ex, ey = cx + f * r * (1.0 - 1.12 * a), cy + 0.14 * r
        erx, ery = r * 0.2, r * 0.27
        d.ellipse((ex - erx - o, ey - ery - o, ex + erx + o, ey + ery + o), fill=skin_o)
        d.ellipse((ex - erx, ey - ery, ex + erx, ey + ery), fill=pal.skin)
        eye = (cx + f * r * 0.58, cy + r * 0.02)
        w = r * 0.2
        d.arc(
            (eye[0] - w, eye[1] - w * 0.8, eye[0] + w, eye[1] + w * 0.8),
            start=20,
            end=160,
            fill=pal.hair,
            width=max(1, round(o * 1.1)),
        )


def _shadow_layer(
    cv: Canvas, parts: Iterable[Part], torso: Sequence[Sequence[Point]]
) -> Image.Image:
    mask = Image.new("L", cv.size, 0)
    md = ImageDraw.Draw(mask)
    base = (cv.m(0.022), cv.m(0.032))

    def off(p: Vec3) -> Point:
        q = cv.pt(p)
        lift = _lift(p[2])
        return (q[0] + base[0] + cv.m(0.40 * lift), q[1] + base[1] + cv.m(0.55 * lift))

    for shape in torso:
        md.polygon([(q[0] + base[0], q[1] + base[1]) for q in (cv.pt(p) for p in shape)], fill=255)
    head = cv.pt((0.0, HEAD_Y))
    _circle(md, (head[0] + base[0], head[1] + base[1]), cv.m(HEAD_R), 255)
    for part in parts:
        for s in part.segs:
            fade = max(0.5, 1.0 - 0.9 * _lift((s.a[2] + s.b[2]) / 2))
            capsule(md, off(s.a), cv.m(s.ra), off(s.b), cv.m(s.rb), round(255 * fade))
    small = mask.reduce(4)
    small = small.filter(ImageFilter.GaussianBlur(radius=cv.m(0.016) / 4 + 1))
    return small.resize(cv.size, Image.Resampling.BILINEAR)


def _draw_mat(cv: Canvas, pal: Palette) -> None:
    half_w = 0.56
    x0, _ = cv.pt((-half_w, 0.0))
    x1, _ = cv.pt((half_w, 0.0))
    top, bottom = cv.px(20), cv.size[1] - cv.px(20)
    r = cv.px(28)
    cv.draw.rounded_rectangle((x0, top, x1, bottom), radius=r, fill=pal.mat_edge)
    inset = cv.px(9)
    cv.draw.rounded_rectangle(
        (x0 + inset, top + inset, x1 - inset, bottom - inset), radius=r - inset, fill=pal.mat
    )


def draw_figure(
    cv: Canvas, pose: Pose, highlight: Sequence[Limb] = (), with_shadow: bool = True
) -> None:
    pal = cv.palette
    sk = pose.skeleton()
    arms = [_arm_part(sk, side, pal, f"{side}_arm" in highlight) for side in SIDES]
    # the leg that is higher off the mat is drawn last, over the other one
    legs = sorted(
        SIDES,
        key=lambda s: (max(sk[f"{s}_knee"][2], sk[f"{s}_ankle"][2], sk[f"{s}_hip"][2]), s),
    )
    leg_parts = [_leg_part(sk, s, pal, f"{s}_leg" in highlight) for s in legs]
    torso = [_shirt_outline(), _pelvis_outline(sk)]
    if with_shadow:
        mask = _shadow_layer(cv, [*arms, *leg_parts], torso)
        shade = Image.new("RGB", cv.size, pal.shadow)
        cv.img.paste(Image.composite(shade, cv.img, mask.point(lambda v: v * 38 // 100)))
        cv.draw = ImageDraw.Draw(cv.img)
    for part in arms:
        _draw_part(cv, part)
    for part in leg_parts:
        _draw_part(cv, part)
    _draw_torso(cv, sk, pal)
    _draw_head(cv, sk, pal)


def draw_ghost(cv: Canvas, pose: Pose, limb: Limb) -> None:
    """A faint silhouette of where a limb was, to show where the movement starts."""
    sk = pose.skeleton()
    side, kind = limb.split("_")
    names = (
        ("hip", "knee", "ankle", "toe") if kind == "leg" else ("shoulder", "elbow", "wrist", "hand")
    )
    radii = (R_THIGH, R_SHANK, R_FOOT) if kind == "leg" else (R_UPPER_ARM, R_FOREARM, R_HAND)
    joints = [sk[f"{side}_{j}"] for j in names]
    mask = Image.new("L", cv.size, 0)
    md = ImageDraw.Draw(mask)
    for i in range(3):
        for s in _limb(joints[i], joints[i + 1], radii[i], WHITE, False):
            capsule(md, cv.pt(s.a), cv.m(s.ra), cv.pt(s.b), cv.m(s.rb), 255)
    white = Image.new("RGB", cv.size, WHITE)
    cv.img.paste(Image.composite(white, cv.img, mask.point(lambda v: v * 45 // 100)))
    cv.draw = ImageDraw.Draw(cv.img)


def render_scene(scene: Scene, width: int = BASE_WIDTH, ss: int = SUPERSAMPLE) -> Image.Image:
    """Draw a scene and return it as an RGB image ``width`` pixels wide."""
    cv = Canvas(width, ss=ss)
    _draw_mat(cv, cv.palette)
    for spot in scene.spots:
        draw_spot(cv, spot)
    if scene.ghost is not None:
        draw_ghost(cv, scene.ghost, scene.ghost_limb)
    draw_figure(cv, scene.pose, scene.highlight)
    for arrow in scene.arrows:
        draw_arrow(cv, arrow)
    for tag in scene.tags:
        if tag.badge:
            draw_badge(cv, tag.text, cv.pt(tag.at), TAG_SIZE)
        else:
            draw_pill(cv, tag.text, cv.pt(tag.at), TAG_SIZE, centred=True)
    if scene.label:
        draw_pill(
            cv,
            scene.label,
            (cv.px(28), cv.size[1] - cv.px(28) - cv.px(LABEL_SIZE * 1.9)),
            LABEL_SIZE,
        )
    if scene.title:
        draw_pill(cv, scene.title, (cv.px(28), cv.px(28)), TITLE_SIZE)
    return cv.finish()


def to_palette(img: Image.Image, colours: int = STILL_COLOURS) -> Image.Image:
    """Reduce to an adaptive palette without dithering (deterministic, small PNGs)."""
    return img.quantize(colors=colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
