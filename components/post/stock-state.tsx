export const LOW_STOCK = 5;

export function StockState({ stock }: { stock: number }) {
  if (stock <= 0) return <span className="stock stock--out">Sold out</span>;
  if (stock <= LOW_STOCK) return <span className="stock stock--low">Only {stock} left</span>;
  return <span className="stock">In stock</span>;
}
