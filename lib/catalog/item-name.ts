// How an order line names what was bought. Free of imports so client components (the checkout
// sheets) can use it without pulling the database schema into the browser bundle.

/** "Ridge Tee (M)": the item an order is for, by its post's title and the variant chosen. */
export function itemName(title: string, variantLabel: string): string {
  return title ? `${title} (${variantLabel})` : variantLabel;
}
