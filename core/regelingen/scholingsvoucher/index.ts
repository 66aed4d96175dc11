export { SCHOLINGSVOUCHER_BRON, SCHOLINGSVOUCHER_NAAM, scholingsvoucherParams } from './params';
export { scholingsvoucherControles, scholingsvoucherMaximum, type VoucherCheck } from './rules';
