package table

import (
	"encoding/json"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// amountsWire is how Amounts are written in the canonical JSON and YAML: each
// amount as the decimal as written without thousands separators ("9235.17"; ""
// for an empty cell; the text itself for an invalid one), the text as written
// where it differs from that ("9,235.17"), and the cells' spans.
type amountsWire struct {
	Total   jsonAmount   `json:"total" yaml:"total"`
	Fiscal  jsonAmount   `json:"fiscal" yaml:"fiscal"`
	Special jsonAmount   `json:"special" yaml:"special"`
	Other   jsonAmount   `json:"other" yaml:"other"`
	Raw     *amountTexts `json:"raw,omitempty" yaml:"raw,omitempty"`
	Spans   *amountSpans `json:"spans,omitempty" yaml:"spans,omitempty"`
}

// amountTexts holds the texts as written that differ from the amounts' strings.
type amountTexts struct {
	Total   string `json:"total,omitempty" yaml:"total,omitempty"`
	Fiscal  string `json:"fiscal,omitempty" yaml:"fiscal,omitempty"`
	Special string `json:"special,omitempty" yaml:"special,omitempty"`
	Other   string `json:"other,omitempty" yaml:"other,omitempty"`
}

// amountSpans locates the amount cells.
type amountSpans struct {
	Total   Span `json:"total,omitzero" yaml:"total,omitempty"`
	Fiscal  Span `json:"fiscal,omitzero" yaml:"fiscal,omitempty"`
	Special Span `json:"special,omitzero" yaml:"special,omitempty"`
	Other   Span `json:"other,omitzero" yaml:"other,omitempty"`
}

// jsonAmount is an amount string that may also be written as a JSON number.
type jsonAmount string

// UnmarshalJSON accepts a string or a number.
func (t *jsonAmount) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = jsonAmount(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("an amount must be a string or a number, not %s", b)
	}
	*t = jsonAmount(n)
	return nil
}

func (w *amountsWire) fields() [4]*jsonAmount {
	return [4]*jsonAmount{&w.Total, &w.Fiscal, &w.Special, &w.Other}
}

func (r *amountTexts) fields() [4]*string {
	return [4]*string{&r.Total, &r.Fiscal, &r.Special, &r.Other}
}

func (s *amountSpans) fields() [4]*Span { return [4]*Span{&s.Total, &s.Fiscal, &s.Special, &s.Other} }

// wire converts a to its written form.
func (a Amounts) wire() amountsWire {
	var w amountsWire
	var raw amountTexts
	var spans amountSpans
	ws, rs, ss := w.fields(), raw.fields(), spans.fields()
	for k, c := range a.Cells {
		s := amountString(c, a.Get(k).String())
		*ws[k] = jsonAmount(s)
		if c.Raw != s && c.Raw != "" {
			*rs[k] = c.Raw
			w.Raw = &raw
		}
		*ss[k] = c.Span
		if !c.Span.IsZero() {
			w.Spans = &spans
		}
	}
	return w
}

// amounts converts the written form back, reading each cell as the readers do.
func (w *amountsWire) amounts() Amounts {
	var a Amounts
	ws := w.fields()
	for k := range a.Cells {
		raw := string(*ws[k])
		if w.Raw != nil && *w.Raw.fields()[k] != "" {
			raw = *w.Raw.fields()[k]
		}
		var span Span
		if w.Spans != nil {
			span = *w.Spans.fields()[k]
		}
		d, c := ParseAmount(raw, span)
		a.Set(k, d)
		a.Cells[k] = c
	}
	return a
}

// amountString is the decimal as written without separators; value is used for
// a cell that was never read from text.
func amountString(c AmountCell, value string) string {
	switch {
	case c.Empty:
		return ""
	case c.Raw == "":
		return value
	case c.Invalid:
		return strings.TrimSpace(c.Raw)
	}
	return amountText(c.Raw)
}

// MarshalJSON writes the amounts as decimal strings as written, with their spans.
func (a Amounts) MarshalJSON() ([]byte, error) { return json.Marshal(a.wire()) }

// UnmarshalJSON reads what MarshalJSON writes; amounts may also be JSON numbers.
func (a *Amounts) UnmarshalJSON(b []byte) error {
	var w amountsWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*a = w.amounts()
	return nil
}

// MarshalYAML writes the amounts as MarshalJSON does.
func (a Amounts) MarshalYAML() (any, error) { return a.wire(), nil }

// UnmarshalYAML reads what MarshalYAML writes.
func (a *Amounts) UnmarshalYAML(n *yaml.Node) error {
	var w amountsWire
	if err := n.Decode(&w); err != nil {
		return err
	}
	*a = w.amounts()
	return nil
}
