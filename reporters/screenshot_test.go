package reporters

import (
	"bytes"
	"cmp"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"maps"
	"slices"
)

// smallPNG re-encodes a screenshot with a palette of its 256 most common
// colours, which keeps a page of flat colours and text sharp at a third of
// the size: the README's picture.
func smallPNG(data []byte) ([]byte, error) {
	src, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	b := src.Bounds()
	count := map[color.RGBA]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := src.At(x, y).RGBA()
			count[color.RGBA{uint8(r>>8) | 4, uint8(g>>8) | 4, uint8(bl>>8) | 4, 255}]++
		}
	}
	colors := slices.SortedFunc(maps.Keys(count), func(a, b color.RGBA) int {
		return cmp.Or(count[b]-count[a], cmp.Compare(a.R, b.R), cmp.Compare(a.G, b.G), cmp.Compare(a.B, b.B))
	})
	pal := color.Palette{}
	for _, c := range colors[:min(256, len(colors))] {
		pal = append(pal, c)
	}
	dst := image.NewPaletted(b, pal)
	draw.Draw(dst, b, src, b.Min, draw.Src) // nearest colour: dithering would speckle the flat areas
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, dst); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
