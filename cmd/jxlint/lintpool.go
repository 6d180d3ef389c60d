package main

import "sync"

// orderedMap runs work(i) for i in [0, n) on jobs goroutines and hands the
// results to done strictly in index order, on the calling goroutine. At most
// 2*jobs results wait at a time, so memory stays bounded however many
// inputs there are. newWork is called once per goroutine, to give each its own
// state (an engine worker).
func orderedMap[T any](n, jobs int, newWork func() func(i int) T, done func(i int, v T)) {
	if n == 0 {
		return
	}
	jobs = max(1, min(jobs, n))
	slots := make([]chan T, n)
	for i := range slots {
		slots[i] = make(chan T, 1)
	}
	window := make(chan struct{}, 2*jobs)
	next := make(chan int)
	go func() {
		for i := range n {
			window <- struct{}{}
			next <- i
		}
		close(next)
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work := newWork()
			for i := range next {
				slots[i] <- work(i)
			}
		}()
	}
	for i := range n {
		v := <-slots[i]
		slots[i] = nil
		done(i, v)
		<-window
	}
	wg.Wait()
}
