// Demo data: four brands with real-looking posts (images shipped in public/demo), a shopper who
// follows two of them, and an admin. Logins are listed in the README.
import { hashPassword } from 'better-auth/crypto';
import { count } from 'drizzle-orm';
import type { Db } from './open';
import { accounts, brands, follows, postImages, posts, users, variants } from './schema';
import { syncPostHashtags } from '../lib/catalog/hashtags';

export const DEMO_PASSWORD = 'hashcart-demo';

interface DemoPost {
  title: string;
  body: string;
  hashtag?: string;
  images: [string, string][];
  variants: [label: string, priceMinor: number, stock: number][];
  currency: string;
  hoursAgo: number;
}

interface DemoBrand {
  email: string;
  owner: string;
  handle: string;
  name: string;
  bio: string;
  avatar: string;
  posts: DemoPost[];
}

const DEMO_BRANDS: DemoBrand[] = [
  {
    email: 'northwind@hashcart.dev',
    owner: 'Ines Moreau',
    handle: 'northwind',
    name: 'Northwind',
    bio: 'Trail-tested apparel, made slowly in Porto.',
    avatar: '/demo/avatar-northwind.svg',
    posts: [
      {
        title: 'Ridge Tee — Forest',
        body: 'The Ridge Tee is back in forest green. Heavyweight organic cotton, printed by hand. Reply #buy M to grab yours.',
        images: [['/demo/tee-forest.svg', 'Forest green t-shirt with a small mountain print on the chest']],
        variants: [['S', 2500, 12], ['M', 2500, 20], ['L', 2500, 15], ['XL', 2700, 6]],
        currency: 'EUR',
        hoursAgo: 2,
      },
      {
        title: 'Ridge Tee — Sand',
        body: 'Sand colourway, same Ridge fit. Limited run of 40. #TeeDrop',
        hashtag: 'TeeDrop',
        images: [['/demo/tee-sand.svg', 'Sand coloured t-shirt laid flat']],
        variants: [['M', 2500, 20], ['L', 2500, 20]],
        currency: 'EUR',
        hoursAgo: 30,
      },
      {
        title: 'Summit Hoodie',
        body: 'Charcoal hoodie for cold mornings above the tree line.',
        images: [['/demo/hoodie-charcoal.svg', 'Charcoal grey hoodie']],
        variants: [['M', 6900, 8], ['L', 6900, 5]],
        currency: 'EUR',
        hoursAgo: 70,
      },
      {
        title: 'Rust Beanie',
        body: 'Rust beanie, merino blend. One size.',
        images: [['/demo/beanie-rust.svg', 'Rust orange knitted beanie']],
        variants: [['One size', 2200, 30]],
        currency: 'EUR',
        hoursAgo: 120,
      },
    ],
  },
  {
    email: 'kiln@hashcart.dev',
    owner: 'Tomas Berg',
    handle: 'kilnandco',
    name: 'Kiln & Co',
    bio: 'Small-batch stoneware from a two-person studio.',
    avatar: '/demo/avatar-kiln.svg',
    posts: [
      {
        title: 'Speckled Mug',
        body: 'Speckled morning mugs, fresh out of the kiln. Each one a little different.',
        images: [['/demo/mug-speckled.svg', 'Speckled cream ceramic mug']],
        variants: [['Cream', 3200, 10], ['Charcoal', 3200, 4]],
        currency: 'USD',
        hoursAgo: 5,
      },
      {
        title: 'Nesting Bowl Set',
        body: 'Nesting bowl set, glazed in sea-glass blue. Dishwasher safe.',
        images: [['/demo/bowl-set.svg', 'Stack of three blue glazed bowls']],
        variants: [['Set of 3', 7800, 6]],
        currency: 'USD',
        hoursAgo: 50,
      },
      {
        title: 'Celadon Bud Vase',
        body: 'Celadon bud vase. Holds one perfect stem.',
        images: [['/demo/vase-celadon.svg', 'Pale green celadon vase']],
        variants: [['Small', 4500, 1], ['Tall', 5800, 3]],
        currency: 'USD',
        hoursAgo: 96,
      },
    ],
  },
  {
    email: 'lumen@hashcart.dev',
    owner: 'Aiko Tanaka',
    handle: 'lumen',
    name: 'Lumen',
    bio: 'Hand-poured soy candles. Tokyo and Lisbon.',
    avatar: '/demo/avatar-lumen.svg',
    posts: [
      {
        title: 'Amber & Cedar Candle',
        body: 'Amber & cedar, our winter pour. 50-hour burn.',
        images: [['/demo/candle-amber.svg', 'Lit candle in an amber glass jar']],
        variants: [['Standard', 3800, 25]],
        currency: 'JPY',
        hoursAgo: 8,
      },
      {
        title: 'Travel Candle Trio',
        body: 'Travel trio: fig, smoke, sea salt. Reply #buy x2 for gifting.',
        images: [['/demo/candle-trio.svg', 'Three small candle tins']],
        variants: [['Trio', 4200, 0]],
        currency: 'JPY',
        hoursAgo: 60,
      },
    ],
  },
  {
    email: 'sole@hashcart.dev',
    owner: 'Marcus Reid',
    handle: 'solesociety',
    name: 'Sole Society',
    bio: 'Clean sneakers, honest leather.',
    avatar: '/demo/avatar-sole.svg',
    posts: [
      {
        title: 'Court Low — Optic White',
        body: 'The Court Low in optic white. Full-grain leather, recycled sole.',
        images: [['/demo/sneaker-white.svg', 'White low-top leather sneaker, side view']],
        variants: [['40', 12000, 4], ['41', 12000, 6], ['42', 12000, 6], ['43', 12000, 3]],
        currency: 'GBP',
        hoursAgo: 12,
      },
      {
        title: 'Court Low — Indigo Suede',
        body: 'Indigo suede edition — only 20 pairs.',
        images: [['/demo/sneaker-indigo.svg', 'Indigo suede sneaker, side view']],
        variants: [['41', 13500, 5], ['42', 13500, 5]],
        currency: 'GBP',
        hoursAgo: 80,
      },
      {
        title: 'Canvas Tote',
        body: 'Canvas tote for the shoe box you will not throw away.',
        images: [['/demo/tote-canvas.svg', 'Natural canvas tote bag']],
        variants: [['Natural', 1800, 40]],
        currency: 'GBP',
        hoursAgo: 150,
      },
    ],
  },
];

const DEMO_PEOPLE = [
  { email: 'shopper@hashcart.dev', name: 'Sam Shopper', follows: ['northwind', 'lumen'] },
  { email: 'admin@hashcart.dev', name: 'Ada Admin', follows: [] as string[] },
];

async function insertUser(db: Db, email: string, name: string, passwordHash: string): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(users).values({ id, email, name, emailVerified: true });
  await db.insert(accounts).values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password: passwordHash });
  return id;
}

/** Gives a demo brand a Connect account that can take payments (the emulator onboards it at once). */
export type ConnectDemoBrand = (email: string) => Promise<string | null>;

export async function seedDemoData(db: Db, connect?: ConnectDemoBrand): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const brandIds = new Map<string, string>();
  // Without a way to onboard (real Stripe keys), demo brands start without payouts, as new brands do.
  const payoutsColumns = async (email: string) => {
    const stripeAccountId = connect ? await connect(email) : null;
    return stripeAccountId ? { stripeAccountId, chargesEnabled: true, payoutsEnabled: true } : {};
  };
  for (const demo of DEMO_BRANDS) {
    const ownerId = await insertUser(db, demo.email, demo.owner, passwordHash);
    const [brand] = await db
      .insert(brands)
      .values({ ownerId, handle: demo.handle, name: demo.name, bio: demo.bio, avatarUrl: demo.avatar, trustedAt: new Date() /* established demo shops skip review */, ...(await payoutsColumns(demo.email)) })
      .returning({ id: brands.id });
    if (!brand) throw new Error(`could not seed brand ${demo.handle}`);
    brandIds.set(demo.handle, brand.id);
    for (const post of demo.posts) {
      const publishedAt = new Date(Date.now() - post.hoursAgo * 3_600_000);
      const [row] = await db
        .insert(posts)
        .values({ brandId: brand.id, title: post.title, body: post.body, buyHashtag: post.hashtag ?? 'buy', status: 'published', publishedAt, createdAt: publishedAt })
        .returning({ id: posts.id });
      if (!row) throw new Error('could not seed post');
      await syncPostHashtags(db, row.id);
      await db.insert(postImages).values(post.images.map(([url, alt], position) => ({ postId: row.id, url, alt, position })));
      await db.insert(variants).values(
        post.variants.map(([label, priceMinor, stock], position) => ({ postId: row.id, label, priceMinor, stock, currency: post.currency, position })),
      );
    }
  }
  for (const person of DEMO_PEOPLE) {
    const id = await insertUser(db, person.email, person.name, passwordHash);
    for (const handle of person.follows) {
      const brandId = brandIds.get(handle);
      if (brandId) await db.insert(follows).values({ followerId: id, brandId });
    }
  }
}

/** Seeds only an empty database, so it is safe to call on every start. */
export async function seedIfEmpty(db: Db, connect?: ConnectDemoBrand): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemoData(db, connect);
  return true;
}
