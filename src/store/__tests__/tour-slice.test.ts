import { beforeEach, describe, expect, test } from 'vitest';
import { defaultTour } from '../../tour/tours/default';
import { useAppStore } from '..';
import { initialTourState, slideState } from '../tour-slice';

const get = () => useAppStore.getState();
const slideIndex = (id: string) => defaultTour.slides.findIndex((s) => s.id === id) + 1;

describe('tour slice', () => {
  beforeEach(() => useAppStore.setState({ ...initialTourState, selectedPlaceId: null }));

  test('a slide sets layers, metric, filter, selection and a camera intent in the same update', () => {
    useAppStore.setState({ year: 2018, compare: ['beijing', 'wuhan'] });
    get().startTour('default');
    expect(get()).toMatchObject({
      tour: 'default',
      slide: 1,
      selectedPlaceId: null,
      year: null,
      compare: [],
    });
    expect(get().cameraIntent).toMatchObject({ kind: 'fit', force: true });
    const seq = get().cameraIntent.seq;
    get().goToSlide(slideIndex('shanghai'));
    expect(get().selectedPlaceId).toBe('shanghai');
    expect(get().cameraIntent).toMatchObject({ kind: 'place', placeId: 'shanghai', zoomIn: true });
    expect(get().cameraIntent.seq).toBeGreaterThan(seq);
    get().goToSlide(slideIndex('scenarios'));
    const s = defaultTour.slides[slideIndex('scenarios') - 1]!;
    expect(get()).toMatchObject({ scenarios: s.scenarios, metric: s.metric, selectedPlaceId: null });
  });

  test('a slide can set the timeline year; one without a year shows every designation', () => {
    const withYear = { ...defaultTour.slides[0]!, id: 'y2019', year: 2019 };
    expect(slideState(withYear).year).toBe(2019);
    expect(slideState(defaultTour.slides[0]!).year).toBeNull();
  });

  test('slides are clamped; an unknown tour does not start; pausing keeps the slide', () => {
    get().startTour('nope');
    expect(get().tour).toBeNull();
    get().startTour('default', 99);
    expect(get().slide).toBe(defaultTour.slides.length);
    get().goToSlide(0);
    expect(get().slide).toBe(1);
    get().goToSlide(3);
    get().pauseTour();
    expect(get()).toMatchObject({ slide: 3, paused: true });
    get().goToSlide(get().slide);
    expect(get()).toMatchObject({ slide: 3, paused: false });
    get().exitTour();
    expect(get()).toMatchObject({ tour: null, slide: 0 });
  });
});
