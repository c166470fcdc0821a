"""Python's cyclic garbage collector paused while a large batch is worked on (reference counting goes on).

A batch keeps many objects alive until it ends (a posting's rows and answers, a statement's columns as Python lists),
and the collector, counting those allocations, runs full collections that walk every one of them and every other
object of the process: on 200,000 transfers posted in batches of 20,000, 18 full collections took a fifth of the
time; in a process holding 650,000 other objects, turning a million statement lines into the lists the driver binds
took 1.4–2.5 s instead of 0.5 s. Nothing these batches build forms a reference cycle, so pausing frees no less
memory."""

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused(pause: bool = True):
    """The collector runs again as soon as the block ends; if it was off already (or another thread paused it), it
    is left as it was."""
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
