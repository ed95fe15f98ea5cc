import gc
import platform

from bantin.legacy.garbage import YOUNG, collected_less_often, hand_back_free_memory


def test_collector_is_tuned_for_the_run_and_restored_after_it():
    before = gc.get_threshold()
    with collected_less_often():
        assert gc.get_threshold()[0] == YOUNG
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_collector_is_restored_when_the_run_fails():
    before = gc.get_threshold()
    try:
        with collected_less_often():
            raise RuntimeError
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_objects_someone_else_froze_stay_frozen():
    gc.freeze()
    try:
        with collected_less_often():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_free_memory_is_handed_back_where_the_c_library_is_glibc():
    assert hand_back_free_memory() is (platform.libc_ver()[0] == "glibc")
