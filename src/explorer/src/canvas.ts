// The canvas: sigma.js (WebGL) over the graphology model, a ForceAtlas2
// layout in a web worker (off the main thread), drag to move and pin, and
// highlighting of the selection, a path and the hovered node's neighbours.
import Sigma from 'sigma';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { EdgeAttrs, Graph, NodeAttrs } from './model.js';

export interface CanvasEvents {
  clickNode(id: string, shift: boolean): void;
  doubleClickNode(id: string): void;
  rightClickNode(id: string, x: number, y: number): void;
  clickEdge(id: string): void;
  clickStage(): void;
}

/** Above this many edges only the edges of the hovered or selected nodes show their labels. */
const EDGE_LABELS_MAX = 120;

export class Canvas {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private layout: FA2Layout | null = null;
  private stopTimer: number | undefined;
  private dragged: string | null = null;
  private hovered: string | null = null;
  selected = new Set<string>();
  selectedEdge: string | null = null;
  pathNodes = new Set<string>();
  pathEdges = new Set<string>();
  onLayoutChange: (running: boolean) => void = () => {};

  constructor(
    readonly graph: Graph,
    container: HTMLElement,
    events: CanvasEvents,
  ) {
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      defaultEdgeType: 'arrow',
      labelFont: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
      labelSize: 12,
      labelWeight: '500',
      edgeLabelSize: 10,
      edgeLabelColor: { color: '#56606c' },
      labelRenderedSizeThreshold: 5,
      labelDensity: 0.9,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data as unknown as Record<string, unknown>) as never,
      edgeReducer: (edge, data) => this.reduceEdge(edge, data as unknown as Record<string, unknown>) as never,
    });
    const s = this.sigma;
    // sigma resizes itself on window resize only; the canvas also changes size with the page's layout.
    new ResizeObserver(() => s.scheduleRefresh()).observe(container);
    // sigma takes any two clicks within its double-click timeout for a double-click, even on two
    // different nodes: clicking one node then shift-clicking another would expand the second.
    let lastClicked: string | null = null;
    const shift = (event: { original: MouseEvent | TouchEvent }) => Boolean((event.original as MouseEvent).shiftKey);
    s.on('clickNode', ({ node, event }) => {
      lastClicked = node;
      events.clickNode(node, shift(event));
    });
    s.on('doubleClickNode', ({ node, event }) => {
      event.preventSigmaDefault();
      if (lastClicked === node) events.doubleClickNode(node);
      else {
        lastClicked = node;
        events.clickNode(node, shift(event));
      }
    });
    s.on('rightClickNode', ({ node, event }) => {
      event.original.preventDefault();
      const rect = container.getBoundingClientRect();
      events.rightClickNode(node, rect.left + event.x, rect.top + event.y);
    });
    s.on('clickEdge', ({ edge }) => {
      lastClicked = null;
      events.clickEdge(edge);
    });
    s.on('clickStage', () => {
      lastClicked = null;
      events.clickStage();
    });
    s.on('enterNode', ({ node }) => {
      this.hovered = node;
      s.refresh({ skipIndexation: true });
    });
    s.on('leaveNode', () => {
      this.hovered = null;
      s.refresh({ skipIndexation: true });
    });
    container.addEventListener('contextmenu', (e) => e.preventDefault());
    // Drag: a dragged node is pinned where it is dropped (the layout leaves fixed nodes alone).
    s.on('downNode', ({ node }) => {
      this.dragged = node;
      graph.setNodeAttribute(node, 'fixed', true);
      if (!s.getCustomBBox()) s.setCustomBBox(s.getBBox());
    });
    const captor = s.getMouseCaptor();
    captor.on('mousemovebody', (e) => {
      if (!this.dragged) return;
      const pos = s.viewportToGraph(e);
      graph.mergeNodeAttributes(this.dragged, { x: pos.x, y: pos.y });
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    captor.on('mouseup', () => {
      this.dragged = null;
    });
  }

  private reduceNode(node: string, data: Record<string, unknown>) {
    const res: Record<string, unknown> = { ...data };
    const focus = this.hovered ?? (this.selected.size === 1 ? [...this.selected][0]! : null);
    if (this.pathNodes.size > 0 && !this.pathNodes.has(node)) {
      res.color = '#d5d9de';
      res.label = this.graph.order > 60 ? '' : data.label;
    } else if (focus && node !== focus && !this.graph.areNeighbors(node, focus) && this.hovered) {
      res.color = '#d5d9de';
    }
    if (this.selected.has(node) || this.pathNodes.has(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (data.fixed) res.borderColor = '#000';
    return res;
  }

  private reduceEdge(edge: string, data: Record<string, unknown>) {
    const res: Record<string, unknown> = { ...data };
    const [source, target] = this.graph.extremities(edge);
    const touchesFocus = (id: string | null) => id !== null && (source === id || target === id);
    const touchesSelected = [...this.selected].some((id) => touchesFocus(id));
    if (this.pathEdges.size > 0) {
      if (this.pathEdges.has(edge)) {
        res.color = '#d62728';
        res.size = 3;
        res.forceLabel = true;
        res.zIndex = 2;
      } else {
        res.color = '#eceff2';
        res.label = '';
      }
    }
    if (edge === this.selectedEdge) {
      res.color = '#1f77b4';
      res.size = 4;
      res.forceLabel = true;
    }
    if (this.hovered && !touchesFocus(this.hovered)) res.hidden = this.graph.size > EDGE_LABELS_MAX;
    const showLabel = this.graph.size <= EDGE_LABELS_MAX || touchesFocus(this.hovered) || touchesSelected || this.pathEdges.has(edge) || edge === this.selectedEdge;
    if (!showLabel) res.label = '';
    return res;
  }

  refresh(): void {
    this.sigma.refresh();
  }

  /** Runs the layout in its worker for `ms` (longer for bigger graphs), then stops it to free the CPU. */
  runLayout(ms = Math.min(800 + this.graph.order * 8, 5000)): void {
    if (this.graph.order < 2) {
      this.refresh();
      return;
    }
    this.layout?.kill();
    const settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 150, adjustSizes: false, slowDown: 5 };
    this.layout = new FA2Layout(this.graph, { settings });
    this.layout.start();
    this.onLayoutChange(true);
    window.clearTimeout(this.stopTimer);
    this.stopTimer = window.setTimeout(() => this.stopLayout(), ms);
  }

  stopLayout(): void {
    window.clearTimeout(this.stopTimer);
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
    }
    this.onLayoutChange(false);
  }

  isLayoutRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  fit(): void {
    this.sigma.setCustomBBox(null);
    this.sigma.refresh();
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Centres the camera on a node; resolves when the camera has arrived. */
  async focus(id: string): Promise<void> {
    if (!this.graph.hasNode(id)) return;
    const pos = this.sigma.getNodeDisplayData(id);
    if (pos) await this.sigma.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(this.sigma.getCamera().ratio, 1) }, { duration: 300 });
  }
}
