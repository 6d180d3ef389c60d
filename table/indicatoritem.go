package table

// parseItem reads the item text[a:b] into ind or says why it cannot; half-width
// separators it meets are appended to probs. One pass over the item (scanItem)
// finds its separators and labels with their UTF-16 offsets; the fields are
// then cut at those marks and placed from them.
func parseItem(ind *Indicator, s string, a, b int, ct *cellText, probs *[]Problem) string {
	start := ct.mark(a)
	p := a
	for isDigit(s[p]) { // an item starts at the digits of its number, then 、
		p++
	}
	num := mark{p, start.u + p - a}
	ind.Number = s[a:p]
	ct.placeInto(&ind.Spans.Number, start, num)
	from := num.after(ideographicComma)
	sc := scanItem(s, from, b)
	ct.seek(sc.end)
	if msg := parseFields(ind, s, from, &sc, ct, probs); msg != "" {
		return "item " + ind.Number + ": " + msg
	}
	ct.placeInto(&ind.Spans.Item, start, sc.end)
	return ""
}

// parseFields reads the fields after an item's number, which start at pos and
// which sc has scanned, into ind or says why it cannot.
func parseFields(ind *Indicator, s string, pos mark, sc *itemScan, ct *cellText, probs *[]Problem) string {
	for i, lv := range [2]*Level{&ind.Level1, &ind.Level2} {
		if i >= sc.nseps {
			return itemShape
		}
		span := &ind.Spans.Level1
		if i == 1 {
			span = &ind.Spans.Level2
		}
		if msg := readLevel(lv, span, s, pos, sc.seps[i], sc.end.b, ct, probs); msg != "" {
			return msg
		}
		pos = afterSep(s, sc.seps[i])
	}
	// The values are found by their labels, so that a name or value may hold a separator.
	pl, pe, al, ae := sc.pl, sc.pe, sc.al, sc.ae
	if pl.b < 0 && al.b < 0 {
		return "no 实施周期指标值 or 年度指标值; " + itemShape
	}
	nameEnd := pl
	if pl.b < 0 {
		nameEnd = al
	}
	ns, ne := trimSpan(s, pos.b, trimSeparator(s, pos.b, nameEnd.b))
	if ns == ne {
		return "no indicator name; " + itemShape
	}
	ind.Name = s[ns:ne]
	ct.placeInto(&ind.Spans.Name, pos.to(s, ns), nameEnd.to(s, ne))
	halfWidthSemicolon(probs, s, pos.b, nameEnd, ct)
	if pl.b >= 0 {
		end := sc.end
		if al.b >= 0 {
			end = al.to(s, trimSeparator(s, pe.b, al.b))
		}
		ind.Period = readValue(&ind.Spans.Period, s, pe, end, ct, probs)
		if al.b >= 0 {
			halfWidthSemicolon(probs, s, pe.b, al, ct)
		}
	}
	if al.b >= 0 {
		ind.Annual = readValue(&ind.Spans.Annual, s, ae, sc.end, ct, probs)
	}
	return ""
}

// readLevel reads the category field from pos up to the separator sep into lv
// and its span, or says why it cannot. A half-width separator is recorded in
// probs with the spaces after it, up to the item's end b.
func readLevel(lv *Level, span *Span, s string, pos, sep mark, b int, ct *cellText, probs *[]Problem) string {
	fs, fe := trimSpan(s, pos.b, sep.b)
	if labelAt(s[fs:fe]) {
		return itemShape
	}
	if *lv = parseLevel(s[fs:fe]); lv.Name == "" {
		return "empty category; " + itemShape
	}
	ct.placeInto(span, pos.to(s, fs), sep.to(s, fe))
	if s[sep.b] == ';' {
		halfWidth(probs, s, sep, b, ct)
	}
	return ""
}

// readValue returns the value after the label that ends at pe, up to end,
// without white space and the `：` or `:` after the label, and stores its span
// in span; a half-width `:` is recorded in probs.
func readValue(span *Span, s string, pe, end mark, ct *cellText, probs *[]Problem) string {
	if i, _ := trimSpan(s, pe.b, end.b); i < end.b && s[i] == ':' {
		halfWidth(probs, s, pe.to(s, i), end.b, ct)
	}
	vs, ve := trimSpan(s, skipColon(s, pe.b, end.b), end.b)
	ct.placeInto(span, pe.to(s, vs), end.to(s, ve))
	return s[vs:ve]
}

// halfWidthSemicolon records a half-width `;` that closes the field s[a:b.b].
func halfWidthSemicolon(probs *[]Problem, s string, a int, b mark, ct *cellText) {
	if _, e := trimSpan(s, a, b.b); e > a && s[e-1] == ';' {
		halfWidth(probs, s, b.to(s, e-1), b.b, ct)
	}
}

// halfWidth records the half-width separator at m, with the spaces after it up
// to b (they go when it is replaced by its full-width form), as a
// mixed-punctuation problem.
func halfWidth(probs *[]Problem, s string, m mark, b int, ct *cellText) {
	e := m.b + 1
	for e < b && s[e] == ' ' {
		e++
	}
	msg := "half-width ; between Chinese fields"
	if s[m.b] == ':' {
		msg = "half-width : between Chinese fields"
	}
	*probs = append(*probs, Problem{Kind: mixedPunct, Message: msg, Text: s[m.b:e],
		Span: ct.place(m, mark{e, m.u + e - m.b})})
}
