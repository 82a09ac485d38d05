// A list page: its skeleton while the data loads (components/page-loading.tsx says why only list pages get one).
export { default } from "@/components/page-loading";
