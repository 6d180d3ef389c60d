package table

import "sync"

// Splitting the packed indicator cells is about half the work of reading a
// large packed table, and the only part of it that the rows after a project
// do not depend on: the rest is a serial walk over the rows, which must see
// every row in order to tell units, projects, repeated headers and
// continuations apart. With several workers, the packed reader keeps that
// walk on its own goroutine and hands the indicator cells, a batch of projects
// at a time, to an indicatorPool, whose goroutines split them while the walk
// goes on. A batch holds whole projects (a continuation goes with the project
// it continues), and each project is written by the goroutine that has its
// batch alone, so the document is the one the serial read makes.

// indicatorCell is a project's packed indicator cell, or with more set the
// rest of it on a row that continues the project after a page break, whose
// indicators are appended to the project's.
type indicatorCell struct {
	project *Project
	text    string
	span    Span
	more    bool
}

// split splits the indicator cell c into its project.
func (ip *indicatorParser) split(c indicatorCell) {
	inds, problems := ip.parse(c.text, c.span)
	p := c.project
	if !c.more {
		p.Indicators, p.Problems = inds, problems
		return
	}
	p.Indicators = append(p.Indicators, inds...)
	p.Problems = append(p.Problems, problems...)
}

// poolBatch is how many cells a batch holds before it is handed over, unless
// continuations of its last project follow: enough that handing it over costs
// little next to splitting it, few enough that the workers share the work
// evenly and the last batch is soon done.
const poolBatch = 64

// indicatorPool splits indicator cells on worker goroutines, a batch at a time.
type indicatorPool struct {
	batch []indicatorCell      // the cells gathered and not yet handed over
	work  chan []indicatorCell // the batches handed over
	done  sync.WaitGroup
}

// newIndicatorPool starts a pool of n workers, each with its own parser. The
// walk over the rows costs less than the splitting, so the pool has as many
// workers as the reading may keep processors busy: they share them with the
// walk while it lasts and have them alone for the last batches. A few batches
// per worker may wait to be split, so that the walk seldom waits for a worker.
func newIndicatorPool(n int) *indicatorPool {
	pool := &indicatorPool{work: make(chan []indicatorCell, 4*n)}
	for range n {
		pool.done.Go(func() {
			var ip indicatorParser
			for batch := range pool.work {
				for _, c := range batch {
					ip.split(c)
				}
			}
		})
	}
	return pool
}

// add gathers c, handing over the batch so far first when it is full and c
// starts a project.
func (pool *indicatorPool) add(c indicatorCell) {
	if !c.more && len(pool.batch) >= poolBatch {
		pool.work <- pool.batch
		pool.batch = nil
	}
	if pool.batch == nil {
		pool.batch = make([]indicatorCell, 0, poolBatch)
	}
	pool.batch = append(pool.batch, c)
}

// wait hands over the last batch and waits until every cell is split.
func (pool *indicatorPool) wait() {
	if len(pool.batch) > 0 {
		pool.work <- pool.batch
	}
	close(pool.work)
	pool.done.Wait()
}
